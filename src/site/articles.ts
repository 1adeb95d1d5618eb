import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';
import { readSettings } from '../config/settings.ts';
import { viewOf, type ArticleView } from './view-model.ts';
import { siteActorIds } from './site-actors.ts';

const newestFirst = (a: Article, b: Article) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title);

/** Returns every article, newest first. */
export async function getArticles(): Promise<Article[]> {
  return (await getCollection('articles')).map((e) => e.data as Article).sort(newestFirst);
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
 * The keys Astro's incremental build reuses pages by (with the page's code): one per article and
 * one for the site. An article's pages show that article and, of the others, only which actor page
 * each of its actors links to; so its key is its digest (text, context and pipeline version, from
 * the loader), those links and the confidence threshold. Pages that gather articles (indexes, actor pages, feeds)
 * take the site key, made of every article's key.
 */
async function cacheKeys(): Promise<{ site: string; articles: Map<string, string> }> {
  const entries = (await getCollection('articles')).sort((a, b) => a.id.localeCompare(b.id));
  const pages = siteActorIds(entries.map((e) => e.data as Article));
  // Of the settings, pages read only the threshold (GLOSS_REVIEW decides which pages exist, not what they say).
  const settings = String(readSettings().minConfidence);
  const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
  const articles = new Map(
    entries.map((e) => {
      const links = (e.data as Article).actors.map((a) => `${a.id}>${pages.get(a.id) ?? a.id}`);
      return [e.id, hash(settings, e.id, String(e.digest ?? ''), ...links)];
    }),
  );
  return { site: hash(settings, ...articles.values()), articles };
}

/**
 * Marks static paths with their cache key, so that a rebuild copies the pages whose data did not
 * change instead of rendering them: `articleOf` names the article a path shows; without it, or
 * for an article it cannot name, the path takes the site key.
 */
export async function keyed<T extends object>(
  paths: T[],
  articleOf?: (path: T) => string,
): Promise<(T & { cacheKey: string })[]> {
  const keys = await cacheKeys();
  return paths.map((p) => ({ ...p, cacheKey: (articleOf && keys.articles.get(articleOf(p))) || keys.site }));
}
