import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drawShareCard, type ShareCard } from './share-card.ts';

// Cards are cached by what they show, so a rebuild with unchanged text draws none again.
const CACHE = join(process.cwd(), 'node_modules/.cache/gloss-og');
const VERSION = '5';
// Node runs the worker file itself. In the built site this module is bundled into another folder,
// so the config names the worker's path (astro.config.ts); under Vitest it sits beside this file.
const WORKER =
  import.meta.env.GLOSS_SHARE_CARD_WORKER ?? join(dirname(fileURLToPath(import.meta.url)), 'share-card-worker.ts');

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

/** Cards being drawn ahead, by key; `null` when the worker failed (the card is then drawn here). */
const ahead = new Map<string, Promise<Buffer | null>>();

/**
 * Starts drawing every card not cached yet in worker threads, one per core, in the order given. The
 * share-card route calls it from `getStaticPaths`, which Astro runs for every route before it
 * renders any page: the cards are drawn while the pages render. Settles, never fails, with the
 * number of cards the workers drew; those they could not draw `shareCard` draws itself.
 */
export function prepareShareCards(
  cards: ShareCard[],
  threads = availableParallelism(),
  worker = WORKER,
): Promise<number> {
  const todo = new Map<string, ShareCard>();
  for (const card of cards) {
    const key = keyOf(card);
    if (!ahead.has(key) && !existsSync(fileOf(card))) todo.set(key, card);
  }
  if (todo.size === 0) return Promise.resolve(0);
  const pool = workerPool(Math.min(threads, todo.size), worker);
  const drawing = [...todo].map(([key, card]) => {
    const png = pool.draw(card).then(
      (png) => save(card, png),
      () => null,
    );
    ahead.set(key, png);
    return png;
  });
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

interface Job {
  card: ShareCard;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * A queue of cards shared by `size` workers, each given one card at a time so cards finish in the
 * order asked for. The workers end when the queue is empty, so they never keep the build alive.
 */
function workerPool(size: number, script: string) {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  let busy = 0;
  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      idle.push(worker);
      if (busy === 0) for (const w of idle.splice(0)) void w.terminate();
      return;
    }
    busy++;
    const done = () => {
      busy--;
      worker.off('message', onMessage).off('error', onError);
      next(worker);
    };
    const onMessage = (m: { png?: Uint8Array; error?: string }) => {
      done();
      if (m.png) job.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
      else job.reject(new Error(m.error));
    };
    // A worker that cannot start or crashes fails its card and every queued one: they are drawn in the build.
    const onError = (error: Error) => {
      busy--;
      job.reject(error);
      for (const j of queue.splice(0)) j.reject(error);
    };
    worker.on('message', onMessage).on('error', onError);
    worker.postMessage({ card: job.card });
  };
  // The no-op listener keeps a crash while idle from throwing in the build; a busy worker's job hears it.
  const workers = Array.from({ length: size }, () => new Worker(script).on('error', () => {}));
  let started = false;
  return {
    draw(card: ShareCard): Promise<Buffer> {
      const promise = new Promise<Buffer>((resolve, reject) => queue.push({ card, resolve, reject }));
      if (!started) {
        started = true;
        queueMicrotask(() => workers.forEach(next));
      }
      return promise;
    },
  };
}
