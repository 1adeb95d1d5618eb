import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card.ts';

const WORKER = fileURLToPath(new URL('./share-card-worker.ts', import.meta.url));

type Reply = { png?: Uint8Array; error?: string };

/** Posts every card at once, as a build does, and collects the replies in the order they come. */
function drawAll(worker: Worker, cards: unknown[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  return new Promise((resolve, reject) => {
    worker.on('error', reject).on('message', (m: Reply) => {
      replies.push(m);
      if (replies.length === cards.length) resolve(replies);
    });
    for (const card of cards) worker.postMessage({ card });
  });
}

/** This process's threads (by Linux's /proc): name and niceness, by thread id. */
const threads = (): Record<string, { name: string; nice: number }> =>
  Object.fromEntries(
    readdirSync('/proc/self/task').map((tid) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      // After the command name in parentheses: state is field 3, nice field 19.
      return [tid, { name, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) }];
    }),
  );

const card = (lead: string): ShareCard => ({ lead, title: 'A test article', label: 'Annotated by Gloss' });

describe('share-card worker', () => {
  it('should draw a build’s worth of cards asked for at once without holding each one’s pixels', async () => {
    // A build asks for every card as its article is extracted: hundreds arrive before the first is
    // drawn. Each card reads back 3 MB of pixels; held until the queue drained, 120 cards took
    // 440 MB more.
    const cards = Array.from({ length: 120 }, (_, i) =>
      card(`Card ${i}: a lead long enough to wrap onto a second line of the card, and a third one too.`),
    );
    const worker = new Worker(WORKER);
    const before = process.memoryUsage().rss;
    let most = before;
    const watch = setInterval(() => (most = Math.max(most, process.memoryUsage().rss)), 10);
    try {
      const replies = await drawAll(worker, cards);
      // Every card came back as a PNG of its own.
      expect(replies.every((r) => r.png && Buffer.from(r.png).readUInt32BE(12) === 0x49484452)).toBe(true);
      expect(new Set(replies.map((r) => Buffer.from(r.png!).toString('base64'))).size).toBe(cards.length);
      expect((most - before) / 2 ** 20).toBeLessThan(250);
    } finally {
      clearInterval(watch);
      await worker.terminate();
    }
  });

  it('should answer every card in the order asked, a card it cannot draw with its error', async () => {
    // The pool pairs each answer with the oldest card it asked for: one failure must not shift them.
    const worker = new Worker(WORKER);
    try {
      const replies = await drawAll(worker, [card('First.'), { ...card('x'), lead: null }, card('Third.')]);
      expect(replies.map((r) => (r.png ? 'png' : r.error ? 'error' : '?'))).toEqual(['png', 'error', 'png']);
    } finally {
      await worker.terminate();
    }
  });

  // Linux only: elsewhere the thread keeps the build's priority (there is no /proc to ask).
  it.runIf(existsSync('/proc/self/task'))(
    'should yield to the build’s own threads, and to no pool they share',
    async () => {
      const before = threads();
      const worker = new Worker(WORKER);
      try {
        await drawAll(worker, [card('A lead.')]);
        const after = threads();
        const started = Object.keys(after).filter((tid) => !(tid in before));
        // The worker's thread (and those it started: the canvas package's) at nice 10.
        expect(started.some((tid) => after[tid]!.nice === 10)).toBe(true);
        // Every thread there before keeps its priority; libuv's pool, whoever started it, is never lowered.
        for (const tid of Object.keys(before)) if (tid in after) expect(after[tid]!.nice, tid).toBe(before[tid]!.nice);
        const pool = Object.values(after).filter((t) => t.name.startsWith('libuv'));
        expect(pool.every((t) => t.nice === before[Object.keys(before)[0]!]!.nice)).toBe(true);
      } finally {
        await worker.terminate();
      }
    },
  );
});
