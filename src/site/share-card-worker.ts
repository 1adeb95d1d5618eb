import { setImmediate as turn } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { yieldThread } from '../config/threads.ts';
import { drawShareCard, type ShareCard } from './share-card.ts';

// A worker thread that draws share cards, so the build renders pages while cards are drawn.
// Cards are background work: this thread yields to the build's (on Linux, see `yieldThread`), so
// extraction and pages come first. It uses synchronous file and zlib calls only: an asynchronous
// one could start libuv's process-wide threads from here, at this thread's low priority.
yieldThread();

// One card at a time, with a turn of the event loop after each: the canvas package frees a card's
// pixels only then. Drawn back to back, 700 cards held 2 GB.
const queue: ShareCard[] = [];
let drawing = false;
parentPort!.on('message', ({ card }: { card: ShareCard }) => {
  queue.push(card);
  if (!drawing) void draw();
});

async function draw() {
  drawing = true;
  while (queue.length) {
    const card = queue.shift()!;
    try {
      parentPort!.postMessage({ png: await drawShareCard(card) });
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    await turn();
  }
  drawing = false;
}
