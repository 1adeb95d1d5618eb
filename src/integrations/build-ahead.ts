import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { prestartWorkers } from '../loader/extract-pool.ts';
import { drawCardsAhead } from '../site/share-cards.ts';

/**
 * Lets `astro build` work ahead: its extraction workers start (and load the pipeline) while Astro
 * loads its config and Vite, and share cards are drawn in worker threads from the moment each
 * article is extracted. `astro dev` extracts and draws when asked; `astro check` draws nothing.
 */
export default function buildAhead(): AstroIntegration {
  return {
    name: 'gloss:build-ahead',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        drawCardsAhead();
        prestartWorkers(Math.max(1, availableParallelism() - 1));
      },
    },
  };
}
