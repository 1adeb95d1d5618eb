import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { extractInWorkers, prestartWorkers, releaseWorkers, waitingWorkers } from './extract-pool.ts';
import { glossLoader } from './gloss-loader.ts';
import { buildArticle } from '../pipeline/build-article.ts';
import { listArticles, readArticleInput, readSharedContexts } from '../read/load-content.ts';
import { GlossError } from '../errors/gloss-error.ts';

const FIXTURES = 'src/e2e/fixtures/content';

/** A content folder of `n` articles made from the fixture ones, each under its own slug. */
function content(n: number): string {
  const root = mkdtempSync(join(tmpdir(), 'gloss-extract-'));
  cpSync(FIXTURES, root, { recursive: true });
  const originals = listArticles(join(FIXTURES));
  for (let i = 0; i < n - originals.length; i++) {
    const from = originals[i % originals.length]!;
    writeFileSync(join(root, 'articles', `copy-${i}${from.slice(from.lastIndexOf('.'))}`), readFileSync(from));
  }
  return root;
}

const inProcess = (root: string, file: string) => {
  const input = readArticleInput(file, readSharedContexts(root));
  return buildArticle(input.source, input.contexts);
};

describe('extractInWorkers', () => {
  it('should extract in worker threads exactly what extracting here gives, in the order asked', async () => {
    const root = content(4);
    const files = listArticles(root);
    const heard: string[] = [];
    const results = await extractInWorkers(root, files, 2, (article) => heard.push(article.slug));
    expect(results.map((r) => ('article' in r ? r.article : r))).toEqual(files.map((f) => inProcess(root, f)));
    // Each article is announced as it arrives (so the build can start its share cards), once.
    expect(heard.sort()).toEqual(results.map((r) => ('article' in r ? r.article.slug : '')).sort());
  });

  it('should return an author’s error with its place and fix (and the file’s other errors), and a worker that cannot start as a failure', async () => {
    const root = content(3);
    const broken = join(root, 'articles', 'broken.md');
    writeFileSync(broken, '---\ntitle: Broken\npublishedAt: yesterday\nsourceUrl: example.org\n---\nText.\n');
    const [result] = await extractInWorkers(root, [broken], 1);
    expect(result).toBeInstanceOf(GlossError);
    expect((result as GlossError).format()).toMatch(/broken\.md:3:\d+: error: `publishedAt` is `"yesterday"`/);
    // The other problems of the file come back from the worker too.
    expect((result as GlossError).more.map((e) => e.place.line)).toEqual([4]);
    await expect(extractInWorkers(root, [broken], 1, undefined, '/nowhere/extract-worker.ts')).rejects.toThrow();
  });
});

describe('prestartWorkers', () => {
  it('should start workers that an extraction takes, and end those it leaves', async () => {
    const root = content(3);
    const files = listArticles(root);
    prestartWorkers(2);
    expect(waitingWorkers()).toBe(2);
    const results = await extractInWorkers(root, files, 1);
    expect(waitingWorkers()).toBe(1);
    expect(results.map((r) => ('article' in r ? r.article : r))).toEqual(files.map((f) => inProcess(root, f)));
    await releaseWorkers();
    expect(waitingWorkers()).toBe(0);
    // A worker script that is not there starts nothing.
    prestartWorkers(1, '/nowhere/extract-worker.ts');
    expect(waitingWorkers('/nowhere/extract-worker.ts')).toBe(0);
  });
});

describe('glossLoader', () => {
  type Entry = { id: string; data: unknown; digest?: string };
  /** Runs the loader over `root` with a store holding `entries` (a previous load's, or none). */
  const load = async (
    root: string,
    watcher?: object,
    onExtracted?: (article: { slug: string }) => void,
    entries = new Map<string, Entry>(),
  ) => {
    const store = {
      get: (id: string) => entries.get(id),
      set: (e: Entry) => (entries.set(e.id, e), true),
      keys: () => entries.keys(),
      delete: (id: string) => entries.delete(id),
    };
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const generateDigest = (s: string) => createHash('sha256').update(s).digest('hex');
    await glossLoader({ root, onExtracted }).load({
      store,
      logger,
      generateDigest,
      watcher,
    } as unknown as LoaderContext);
    return { entries, logger };
  };

  it('should store every article of a large folder, extracted in workers as it would be here', async () => {
    const root = content(5);
    const { entries, logger } = await load(root);
    expect(logger.info).toHaveBeenCalledWith('5 article(s), 5 extracted, 0 unchanged');
    for (const file of listArticles(root)) {
      const article = inProcess(root, file);
      expect(entries.get(article.slug)?.data).toEqual(article);
    }
  });

  it('should extract a changed article as before when the build started workers, and end them all', async () => {
    const root = content(3);
    const { entries } = await load(root);
    const changed = listArticles(root)[0]!;
    appendFileSync(changed, '\nA new closing line.\n');
    prestartWorkers(2);
    const { entries: again, logger } = await load(root, undefined, undefined, new Map(entries));
    expect(logger.info).toHaveBeenCalledWith('3 article(s), 1 extracted, 2 unchanged');
    const article = inProcess(root, changed);
    expect(again.get(article.slug)?.data).toEqual(article);
    expect(waitingWorkers()).toBe(0);
  });

  it('should announce each article it extracts, in workers or here, and none it kept', async () => {
    for (const n of [5, 2]) {
      const root = content(n);
      const heard: string[] = [];
      const { entries } = await load(root, undefined, (a) => heard.push(a.slug));
      expect(heard.sort()).toEqual([...entries.keys()].sort());
      // A second load finds every article unchanged: nothing to announce.
      heard.length = 0;
      await load(root, undefined, (a) => heard.push(a.slug), new Map(entries));
      expect(heard).toEqual([]);
    }
  });

  it('should stop at the first bad article in file order, however many are extracted at once', async () => {
    const root = content(5);
    writeFileSync(join(root, 'articles', 'a-first.md'), '---\npublishedAt: yesterday\n---\nText.\n');
    writeFileSync(join(root, 'articles', 'z-last.md'), '---\npublishedAt: 2024-13-40\n---\nText.\n');
    await expect(load(root)).rejects.toThrow(/a-first\.md:2:\d+: error: `publishedAt` is `"yesterday"`/);
  });

  it('should, under the dev server, run one load at a time however many files change at once', async () => {
    const root = content(4);
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    const { entries, logger } = await load(root, watcher);
    const edited = listArticles(root);
    for (const file of edited) {
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn added line.\n`);
      watcher.emit('change', file);
    }
    // The first change starts a load; the others, arriving during it, make one more: each edited
    // article is extracted once.
    await vi.waitFor(() => expect(logger.info).toHaveBeenCalledTimes(3), { timeout: 20_000, interval: 100 });
    await new Promise((r) => setTimeout(r, 500));
    expect(logger.info).toHaveBeenCalledTimes(3);
    const extracted = logger.info.mock.calls.slice(1).map((c) => Number(/(\d+) extracted/.exec(c[0])![1]));
    expect(extracted.reduce((a, b) => a + b)).toBe(4);
    for (const file of edited) {
      const article = inProcess(root, file);
      expect(entries.get(article.slug)?.data).toEqual(article);
    }
  }, 40_000);
});
