import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticles, readArticleInput, readDigestInput } from './load-content.ts';
import { GlossError } from '../errors/gloss-error.ts';

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

describe('listArticles', () => {
  /** A content folder holding the given files under articles/. */
  const folder = (files: string[]) => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-list-'));
    mkdirSync(join(root, 'articles'));
    for (const f of files) writeFileSync(join(root, 'articles', f), f.endsWith('.yaml') ? 'actors: []\n' : 'Text.\n');
    return root;
  };
  const failure = (root: string) => {
    try {
      listArticles(root, root);
    } catch (error) {
      if (error instanceof GlossError) return { file: error.place.file, reason: error.message, fix: error.fix };
      throw error;
    }
    return null;
  };

  it('should list the articles, each with or without its own context file', () => {
    const root = folder(['b-op-ed.txt', 'a-op-ed.md', 'a-op-ed.context.yaml']);
    expect(listArticles(root, root)).toEqual([join(root, 'articles/a-op-ed.md'), join(root, 'articles/b-op-ed.txt')]);
  });

  it('should refuse a context file named after no article, naming the article it was likely meant for', () => {
    expect(failure(folder(['free-buses.md', 'fre-buses.context.yaml']))).toEqual({
      file: 'articles/fre-buses.context.yaml',
      reason: 'no article has the slug `fre-buses`, so this context file belongs to none',
      fix: 'did you mean `free-buses`? Rename it free-buses.context.yaml',
    });
    expect(failure(folder(['free-buses.md', 'grain-corridor.context.yaml']))?.fix).toMatch(/name it after its article/);
  });

  it('should find an article’s context file by its file name or by its slug, and refuse a second one', () => {
    const root = folder([
      'Free Buses.md',
      'free-buses.context.yaml',
      'Grain-Corridor.md',
      'Grain-Corridor.context.yaml',
    ]);
    expect(failure(root)).toBeNull();
    for (const article of listArticles(root, root)) {
      const input = readArticleInput(article, shared, root);
      expect(input.contexts.filter((c) => c.own).length, article).toBe(1);
    }
    expect(failure(folder(['Free Buses.md', 'free-buses.context.yaml', 'Free Buses.context.yaml']))?.reason).toMatch(
      /Free Buses\.md already has a context file/,
    );
  });
});
