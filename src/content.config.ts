import { defineCollection } from 'astro:content';
import { glossLoader } from './loader/gloss-loader.ts';

export const collections = {
  articles: defineCollection({ loader: glossLoader({ root: 'content' }) }),
};
