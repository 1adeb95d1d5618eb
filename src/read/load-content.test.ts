import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleInput, readDigestInput } from './load-content.ts';

const shared = { contexts: [], text: 'shared: context\n' };

describe('readDigestInput', () => {
  it.each([
    ['an article with its own context file', 'src/cli/__fixtures__/op-ed.md'],
    ['an article without one', 'src/segment/__fixtures__/lines.txt'],
  ])('should give the digest input of a full read, for %s', (_, file) => {
    expect(readDigestInput(file, shared.text)).toBe(readArticleInput(file, shared).digestInput);
  });

  it('should differ for the same bytes under another extension, which is read another way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-digest-'));
    copyFileSync('src/segment/__fixtures__/lines.txt', join(dir, 'a.txt'));
    copyFileSync('src/segment/__fixtures__/lines.txt', join(dir, 'a.md'));
    expect(readDigestInput(join(dir, 'a.txt'), '')).not.toBe(readDigestInput(join(dir, 'a.md'), ''));
  });
});
