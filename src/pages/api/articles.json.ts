import type { APIRoute } from 'astro';
import { getArticles } from '../../site/articles.ts';
import { absolute } from '../../site/urls.ts';

/** Lists the articles with where to find each model, for integrators. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).map((a) => ({
    slug: a.slug,
    title: a.title,
    publishedAt: a.publishedAt,
    sections: a.sections.length,
    url: absolute(`${a.slug}/`, site),
    model: absolute(`api/articles/${a.slug}.json`, site),
  }));
  return new Response(JSON.stringify({ schema: absolute('api/schema.json', site), articles }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
