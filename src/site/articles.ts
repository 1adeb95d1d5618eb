import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
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

/**
 * Names the data every page is built from: each article's digest (its text, its context and the
 * pipeline's version, from the loader) and the settings. Pages link across articles (actor pages,
 * indexes), so one key serves the whole site: Astro's incremental build reuses a page only when this
 * key and the page's code are unchanged, and any edit renders every page again.
 */
export async function siteKey(): Promise<string> {
  const entries = await getCollection('articles');
  const hash = createHash('sha256').update(JSON.stringify(readSettings()));
  for (const e of [...entries].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`\0${e.id}\0${e.digest ?? ''}`);
  return hash.digest('hex').slice(0, 32);
}

/** Marks static paths with the site key, so that an unchanged site's pages are copied, not rendered. */
export async function keyed<T extends object>(paths: T[]): Promise<(T & { cacheKey: string })[]> {
  const cacheKey = await siteKey();
  return paths.map((p) => ({ ...p, cacheKey }));
}
