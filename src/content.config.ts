import { defineCollection } from 'astro:content';
import { glossLoader } from './loader/gloss-loader.ts';
import { contentRoot } from './config/settings.ts';
import { cardsOf, drawAhead } from './site/share-cards.ts';

export const collections = {
  articles: defineCollection({
    loader: glossLoader({
      root: contentRoot(),
      // A build draws each article's share cards while the next articles are extracted.
      onExtracted: (article) => drawAhead(cardsOf(article).map((c) => c.card)),
    }),
  }),
};
