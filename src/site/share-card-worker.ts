import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { setImmediate as turn } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { drawShareCard, type ShareCard } from './share-card.ts';

// A worker thread that draws share cards, so the build renders pages while cards are drawn.
// Cards are background work: on Linux this thread runs at the lowest priority, so that the work a
// build waits for (extraction, then its pages) never waits for a card; the cards take what is idle.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Elsewhere (no /proc) the thread keeps the build's priority.
}

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
  for (let card = queue.shift(); card; card = queue.shift()) {
    try {
      parentPort!.postMessage({ png: await drawShareCard(card) });
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    await turn();
  }
  drawing = false;
}
