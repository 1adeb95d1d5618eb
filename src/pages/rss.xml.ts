import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getArticles } from '../site/articles.ts';
import { absolute } from '../site/urls.ts';

/** An RSS feed of the articles, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  return rss({
    title: 'Gloss',
    description: 'Annotated op-eds',
    site: absolute('', site),
    items: articles.map((a) => ({
      title: a.title,
      link: absolute(`${a.slug}/`, site),
      ...(a.publishedAt && { pubDate: new Date(`${a.publishedAt}T00:00:00Z`) }),
      description: a.dek ?? a.sections[0]!.text.slice(0, 280),
    })),
  });
};
