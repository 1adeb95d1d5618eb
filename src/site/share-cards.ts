import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Worker, threadId } from 'node:worker_threads';
import { workerThreads } from '../config/threads.ts';
import type { Article } from '../model/article.ts';
import { sectionOpening } from './describe.ts';
import { inBuild } from './build-mode.ts';
import { CARD_FONTS, drawShareCard, type ShareCard } from './share-card.ts';

// Node runs the worker file itself. Under Vitest it sits beside this module; in the built site this
// module is bundled elsewhere, and the build runs from the project's folder.
const WORKER =
  [dirname(fileURLToPath(import.meta.url)), join(process.cwd(), 'src/site')]
    .map((dir) => join(dir, 'share-card-worker.ts'))
    .find((file) => existsSync(file)) ?? 'share-card-worker.ts';

const REGISTRY = Symbol.for('gloss.share-cards');

// Cards are cached by what they show and by what draws them: the drawing code (beside the worker),
// the canvas package's version and the fonts. A rebuild with unchanged text draws none again.
const CACHE = join(process.cwd(), 'node_modules/.cache/gloss-og');
const require = createRequire(import.meta.url);
const DRAWING = (() => {
  const hash = createHash('sha256');
  hash.update(`@napi-rs/canvas@${(require('@napi-rs/canvas/package.json') as { version: string }).version}\0`);
  for (const { file, family } of CARD_FONTS) hash.update(family).update(readFileSync(file));
  for (const file of ['share-card.ts', 'encode-png.ts', 'text.ts']) {
    const path = join(dirname(WORKER), file);
    hash.update(existsSync(path) ? readFileSync(path) : file);
  }
  return hash.digest('hex');
})();

/** The share card of the pages that are no article's (the home page, actors, search): what the site is. */
export const SITE_CARD: ShareCard = {
  lead: 'Op-eds annotated: who is named, which numbers and dates they rest on, which sentences are checkable claims.',
  title: 'Gloss',
  label: 'Annotated op-eds',
  quoted: false,
};
/** Each section's share card: its own first words, the article's title. */
export function cardsOf(article: Pick<Article, 'title' | 'sections'>): { section: string; card: ShareCard }[] {
  return article.sections.map((s) => ({
    section: s.id,
    card: { lead: sectionOpening(s), title: article.title, label: 'Annotated by Gloss' },
  }));
}

/** Names a card's PNG: what it shows and what draws it. */
export const keyOf = (card: ShareCard) =>
  createHash('sha256')
    .update(JSON.stringify([DRAWING, card.lead, card.title, card.label, card.quoted ?? true]))
    .digest('hex')
    .slice(0, 32);
const fileOf = (card: ShareCard) => join(CACHE, `${keyOf(card)}.png`);
/** Caches a card: written aside, then renamed, so that a stopped build never leaves half a PNG. */
const save = (card: ShareCard, png: Buffer) => {
  mkdirSync(CACHE, { recursive: true });
  const file = fileOf(card);
  const part = `${file}.${process.pid}.${threadId}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
  return png;
};

/**
 * What the build shares between the copies of this module it loads (the content loader's and the
 * built pages'): the cards being drawn ahead, by key (`null` when a worker failed: the card is then
 * drawn where it is asked for), the worker pools, and whether this process is a build.
 */
interface Shared {
  ahead: Map<string, Promise<boolean>>;
  pools: Map<string, Pool>;
}
const shared: Shared = ((globalThis as { [REGISTRY]?: Shared })[REGISTRY] ??= {
  ahead: new Map(),
  pools: new Map(),
});

/**
 * In a build, starts drawing the cards not cached yet in worker threads: the loader calls it as
 * each article is extracted, the share-card route when Astro asks for its paths (before any page
 * renders). Elsewhere (`astro dev`, `astro check`) it does nothing: a card is drawn when asked for.
 */
export function drawAhead(cards: ShareCard[]): void {
  if (inBuild()) void prepareShareCards(cards);
}

/**
 * Starts drawing every card not cached yet in worker threads (by default `workerThreads()`: they
 * yield to the build's own work), in the order given. Settles, never fails, with the number of
 * cards the workers drew; those they could not draw (or all, with no threads) `shareCard` draws itself.
 */
export function prepareShareCards(cards: ShareCard[], threads = workerThreads(), worker = WORKER): Promise<number> {
  if (threads < 1) return Promise.resolve(0);
  const drawing: Promise<boolean>[] = [];
  for (const card of cards) {
    const key = keyOf(card);
    if (shared.ahead.has(key) || existsSync(fileOf(card))) continue;
    const pool = shared.pools.get(worker) ?? shared.pools.set(worker, workerPool(threads, worker)).get(worker)!;
    // Only whether it is cached is kept: the PNG is read back when asked for, not held in memory.
    const cached = pool
      .draw(card)
      .then((png) => {
        save(card, png);
        return true;
      })
      .catch(() => false);
    shared.ahead.set(key, cached);
    drawing.push(cached);
  }
  return Promise.all(drawing).then((done) => done.filter(Boolean).length);
}

/** Returns a card's PNG: drawn ahead, cached from an earlier build, or drawn now. */
export async function shareCard(card: ShareCard): Promise<Buffer> {
  const key = keyOf(card);
  await shared.ahead.get(key);
  shared.ahead.delete(key);
  const file = fileOf(card);
  if (existsSync(file)) return readFileSync(file);
  return save(card, await drawShareCard(card));
}

interface Pool {
  draw(card: ShareCard): Promise<Buffer>;
}
interface Job {
  card: ShareCard;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Up to `size` workers, each given its cards as soon as they are asked for (to the one with the
 * fewest waiting), so that a worker keeps drawing while the build's thread is busy extracting.
 * A worker draws its cards in the order given. An idle worker is unref'd: it never keeps the
 * build's process alive.
 */
function workerPool(size: number, script: string): Pool {
  const workers: { worker: Worker; jobs: Job[] }[] = [];
  let broken: Error | null = null;
  // A worker that cannot start or crashes fails every card given to any worker: the build draws them.
  const fail = (error: Error) => {
    broken ??= error;
    for (const w of workers) for (const job of w.jobs.splice(0)) job.reject(error);
  };
  const start = () => {
    const w = { worker: new Worker(script), jobs: [] as Job[] };
    w.worker
      .on('message', (m: { png?: Uint8Array; error?: string }) => {
        const job = w.jobs.shift();
        if (!w.jobs.length) w.worker.unref();
        if (!job) return;
        if (m.png) job.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
        else job.reject(new Error(m.error));
      })
      .on('error', fail)
      .on('exit', (code) => fail(new Error(`a share-card worker stopped (exit code ${code})`)));
    workers.push(w);
    return w;
  };
  return {
    draw(card) {
      if (broken) return Promise.reject(broken);
      let w: { worker: Worker; jobs: Job[] };
      try {
        w = workers.length < size ? start() : workers.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a));
      } catch (error) {
        // A worker that cannot even be created (a bad path): the build draws every card itself.
        fail(error as Error);
        return Promise.reject(error as Error);
      }
      return new Promise<Buffer>((resolve, reject) => {
        w.jobs.push({ card, resolve, reject });
        w.worker.ref();
        w.worker.postMessage({ card });
      });
    },
  };
}
