import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.ts';
import { sectionOpening } from './describe.ts';
import { drawShareCard, type ShareCard } from './share-card.ts';

// Node runs the worker file itself. Under Vitest it sits beside this module; in the built site this
// module is bundled elsewhere, and the build runs from the project's folder.
const WORKER =
  [dirname(fileURLToPath(import.meta.url)), join(process.cwd(), 'src/site')]
    .map((dir) => join(dir, 'share-card-worker.ts'))
    .find((file) => existsSync(file)) ?? 'share-card-worker.ts';

// Cards are cached by what they show and by what draws them: the drawing code (beside the worker)
// and the versions of satori, resvg and the font. A rebuild with unchanged text draws none again.
const CACHE = join(process.cwd(), 'node_modules/.cache/gloss-og');
const require = createRequire(import.meta.url);
const DRAWING = (() => {
  const hash = createHash('sha256');
  for (const pkg of ['satori', '@resvg/resvg-js']) {
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\0`);
  }
  for (const weight of [400, 700]) {
    hash.update(
      readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`)),
    );
  }
  for (const file of ['share-card.ts', 'encode-png.ts', 'text.ts']) {
    const path = join(dirname(WORKER), file);
    hash.update(existsSync(path) ? readFileSync(path) : file);
  }
  return hash.digest('hex');
})();

/** Each section's share card: its own first words, the article's title. */
export function cardsOf(article: Pick<Article, 'title' | 'sections'>): { section: string; card: ShareCard }[] {
  return article.sections.map((s) => ({
    section: s.id,
    card: { lead: sectionOpening(s), title: article.title, label: 'Annotated by Gloss' },
  }));
}

const keyOf = (card: ShareCard) =>
  createHash('sha256')
    .update(JSON.stringify([DRAWING, card.lead, card.title, card.label]))
    .digest('hex')
    .slice(0, 32);
const fileOf = (card: ShareCard) => join(CACHE, `${keyOf(card)}.png`);
const save = (card: ShareCard, png: Buffer) => {
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(fileOf(card), png);
  return png;
};

/** Cards being drawn ahead, by key; `null` when a worker failed (the card is then drawn here). */
const ahead = new Map<string, Promise<Buffer | null>>();
/** One pool per worker script. */
const pools = new Map<string, Pool>();

/**
 * Starts drawing every card not cached yet in worker threads, one per core, in the order given.
 * The share-card route calls it from `getStaticPaths`, which Astro runs for every route before it
 * renders a page: the cards are drawn while the pages render. Settles, never fails, with the
 * number of cards the workers drew; those they could not draw (or all, with no threads)
 * `shareCard` draws itself.
 */
export function prepareShareCards(
  cards: ShareCard[],
  threads = availableParallelism(),
  worker = WORKER,
): Promise<number> {
  if (threads < 1) return Promise.resolve(0);
  const drawing: Promise<Buffer | null>[] = [];
  for (const card of cards) {
    const key = keyOf(card);
    if (ahead.has(key) || existsSync(fileOf(card))) continue;
    const pool = pools.get(worker) ?? pools.set(worker, workerPool(threads, worker)).get(worker)!;
    const png = pool.draw(card).then(
      (png) => save(card, png),
      () => null,
    );
    ahead.set(key, png);
    drawing.push(png);
  }
  return Promise.all(drawing).then((pngs) => pngs.filter(Boolean).length);
}

/** Returns a card's PNG: drawn ahead, cached from an earlier build, or drawn now. */
export async function shareCard(card: ShareCard): Promise<Buffer> {
  const key = keyOf(card);
  const drawn = await ahead.get(key);
  ahead.delete(key);
  if (drawn) return drawn;
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
 * Up to `size` workers sharing one queue, each given one card at a time so that cards finish in
 * the order asked for. An idle worker is unref'd: it never keeps the build's process alive.
 */
function workerPool(size: number, script: string): Pool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  let started = 0;
  let broken: Error | null = null;
  const fail = (error: Error) => {
    broken = error;
    for (const j of queue.splice(0)) j.reject(error);
  };
  const run = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      worker.unref();
      idle.push(worker);
      return;
    }
    worker.ref();
    const onMessage = (m: { png?: Uint8Array; error?: string }) => {
      worker.off('error', onError).off('exit', onExit);
      if (m.png) job.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
      else job.reject(new Error(m.error));
      run(worker);
    };
    // A worker that cannot start or crashes fails its card and every queued one: the build draws them.
    const onError = (error: Error) => {
      worker.off('message', onMessage).off('exit', onExit);
      job.reject(error);
      fail(error);
    };
    const onExit = (code: number) => onError(new Error(`a share-card worker stopped (exit code ${code})`));
    worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    worker.postMessage({ card: job.card });
  };
  return {
    draw(card) {
      if (broken) return Promise.reject(broken);
      const promise = new Promise<Buffer>((resolve, reject) => queue.push({ card, resolve, reject }));
      // The no-op listener keeps a crash while idle from throwing in the build; a busy worker's job hears it.
      const worker = idle.pop() ?? (started < size ? (started++, new Worker(script).on('error', () => {})) : undefined);
      if (worker) run(worker);
      return promise;
    },
  };
}
