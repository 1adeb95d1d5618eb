import type { APIRoute } from 'astro';
import { getArticles } from '../site/articles.ts';
import { absolute } from '../site/urls.ts';
import { escapeMarkup as escapeXml } from '../site/text.ts';

/** Lists every reader-facing page: index, articles, their indexes and section permalinks. */
export const GET: APIRoute = async ({ site }) => {
  const paths = [''];
  for (const a of await getArticles()) {
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
