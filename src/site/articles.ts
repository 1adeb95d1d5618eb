import { getCollection } from 'astro:content';
import type { Article } from '../model/article.ts';
import { readSettings } from '../config/settings.ts';
import { viewOf, type ArticleView } from './view-model.ts';
import { siteActorIds } from './site-actors.ts';

/** Returns every article, newest first. */
export async function getArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  return entries
    .map((e) => e.data as Article)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title));
}

/** Returns every article's view (computed once per article), newest first, at the configured threshold. */
export async function getArticleViews(): Promise<ArticleView[]> {
  const { minConfidence } = readSettings();
  const articles = await getArticles();
  const pages = siteActorIds(articles);
  return articles.map((a) => {
    const view = viewOf(a, minConfidence);
    for (const actor of a.actors) view.actorPages.set(actor.id, pages.get(actor.id) ?? actor.id);
    return view;
  });
}
