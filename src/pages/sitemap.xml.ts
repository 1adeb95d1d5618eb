import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { absolute } from '../site/urls.ts';
import { escapeMarkup as escapeXml } from '../site/text.ts';
import { gatherActors } from '../site/site-actors.ts';

/** Lists every reader-facing page: index, articles, their indexes, section permalinks and actor pages. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  const paths = ['', 'actors/', ...gatherActors(articles).map((a) => `actors/${a.id}/`)];
  for (const a of articles) {
    paths.push(
      `${a.slug}/`,
      ...['actors', 'timeline', 'figures', 'claims'].map((p) => `${a.slug}/${p}/`),
      ...a.sections.map((s) => `${a.slug}/${s.id}/`),
    );
  }
  const urls = paths.map((p) => `  <url><loc>${escapeXml(absolute(p, site))}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
