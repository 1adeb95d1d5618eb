import { describe, expect, it } from 'vitest';
import { readArticleInput, readDigestInput } from './load-content.ts';

const shared = { contexts: [], text: 'shared: context\n' };

describe('readDigestInput', () => {
  it.each([
    ['an article with its own context file', 'src/cli/__fixtures__/op-ed.md'],
    ['an article without one', 'src/segment/__fixtures__/lines.txt'],
  ])('should give the digest input of a full read, for %s', (_, file) => {
    expect(readDigestInput(file, shared.text)).toBe(readArticleInput(file, shared).digestInput);
  });
});
