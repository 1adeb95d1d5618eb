import { getCollection } from 'astro:content';
import type { Article } from '../model/article.ts';

/** Returns every article, newest first. */
export async function getArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  return entries
    .map((e) => e.data as Article)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title));
}
