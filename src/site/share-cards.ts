import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.ts';
import { sectionOpening } from './describe.ts';
import { drawShareCard, type ShareCard } from './share-card.ts';

// Cards are cached by what they show, so a rebuild with unchanged text draws none again.
const CACHE = join(process.cwd(), 'node_modules/.cache/gloss-og');
const VERSION = '5';
// Node runs the worker file itself. In the built site this module is bundled into another folder,
// so the config names the worker's path (astro.config.ts); under Vitest it sits beside this file.
const WORKER =
  import.meta.env.GLOSS_SHARE_CARD_WORKER ?? join(dirname(fileURLToPath(import.meta.url)), 'share-card-worker.ts');

/** Each section's share card: its own first words, the article's title. */
export function cardsOf(article: Pick<Article, 'title' | 'sections'>): { section: string; card: ShareCard }[] {
  return article.sections.map((s) => ({
    section: s.id,
    card: { lead: sectionOpening(s), title: article.title, label: 'Annotated by Gloss' },
  }));
}

const keyOf = (card: ShareCard) =>
  createHash('sha256')
    .update(JSON.stringify([VERSION, card.lead, card.title, card.label]))
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
      worker.off('error', onError);
      if (m.png) job.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
      else job.reject(new Error(m.error));
      run(worker);
    };
    // A worker that cannot start or crashes fails its card and every queued one: the build draws them.
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      job.reject(error);
      fail(error);
    };
    worker.once('message', onMessage).once('error', onError);
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
