import { parentPort } from 'node:worker_threads';
import { drawShareCard, type ShareCard } from './share-card.ts';

// A worker thread that draws share cards, so the build renders pages while cards are drawn.
parentPort!.on('message', async ({ card }: { card: ShareCard }) => {
  try {
    parentPort!.postMessage({ png: await drawShareCard(card) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
