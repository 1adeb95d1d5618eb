import { defineCollection } from 'astro:content';
import { glossLoader } from './loader/gloss-loader.ts';

export const collections = {
  articles: defineCollection({ loader: glossLoader({ root: process.env.GLOSS_CONTENT ?? 'content' }) }),
};
