import type { AstroIntegration } from 'astro';
import { drawCardsAhead } from '../site/share-cards.ts';

/**
 * Lets `astro build` draw share cards ahead, in worker threads, from the moment each article is
 * extracted; `astro dev` draws a card when it is asked for, and `astro check` draws none.
 */
export default function drawAhead(): AstroIntegration {
  return {
    name: 'gloss:draw-ahead',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') drawCardsAhead();
      },
    },
  };
}
