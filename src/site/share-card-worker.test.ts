import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card.ts';

const WORKER = fileURLToPath(new URL('./share-card-worker.ts', import.meta.url));

/** This process's threads (by Linux's /proc) at their niceness, e.g. `{ 1234: 0, 1240: 19 }`. */
const niceness = (): Record<string, number> =>
  Object.fromEntries(
    readdirSync('/proc/self/task').map((tid) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // After the command name in parentheses: state is field 3, nice field 19.
      return [tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
    }),
  );

describe('share-card worker', () => {
  it('should draw a build’s worth of cards asked for at once without holding each one’s pixels', async () => {
    // A build asks for every card as its article is extracted: hundreds arrive before the first is
    // drawn. Each card reads back 3 MB of pixels; held until the queue drained, 120 cards took
    // 440 MB more.
    const cards: ShareCard[] = Array.from({ length: 120 }, (_, i) => ({
      lead: `Card ${i}: a lead long enough to wrap onto a second line of the card, and a third one too.`,
      title: 'A test article',
      label: 'Annotated by Gloss',
    }));
    const worker = new Worker(WORKER);
    const before = process.memoryUsage().rss;
    let most = before;
    const watch = setInterval(() => (most = Math.max(most, process.memoryUsage().rss)), 10);
    try {
      const pngs: Buffer[] = [];
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject).on('message', (m: { png?: Uint8Array; error?: string }) => {
          if (!m.png) return reject(new Error(m.error));
          pngs.push(Buffer.from(m.png));
          if (pngs.length === cards.length) resolve();
        });
        for (const card of cards) worker.postMessage({ card });
      });
      // Every card came back, in order, as a PNG of its own.
      expect(pngs.every((png) => png.readUInt32BE(12) === 0x49484452)).toBe(true);
      expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(cards.length);
      expect((most - before) / 2 ** 20).toBeLessThan(250);
    } finally {
      clearInterval(watch);
      await worker.terminate();
    }
  });

  // Linux only: elsewhere the thread keeps the build's priority (there is no /proc to ask).
  it.runIf(existsSync('/proc/self/task'))(
    'should run at the lowest priority, so the build’s own work comes first',
    async () => {
      const before = niceness();
      const worker = new Worker(WORKER);
      try {
        const card: ShareCard = { lead: 'A lead.', title: 'A title', label: 'Annotated by Gloss' };
        await new Promise((resolve, reject) => {
          worker.once('message', resolve).once('error', reject);
          worker.postMessage({ card });
        });
        const after = niceness();
        // The worker's thread (and those it started) at 19; every thread there before unchanged.
        expect(Object.keys(after).filter((tid) => !(tid in before) && after[tid] === 19).length).toBeGreaterThan(0);
        for (const tid of Object.keys(before)) if (tid in after) expect(after[tid], tid).toBe(before[tid]);
        expect(after[process.pid]).toBe(0);
      } finally {
        await worker.terminate();
      }
    },
  );
});
