import type { APIRoute } from 'astro';
import { getArticles } from '../../../site/articles.ts';
import { renderShareCard } from '../../../site/og-image.ts';
import { leadSentence } from '../../../site/describe.ts';
import type { Article, Section } from '../../../model/article.ts';

export async function getStaticPaths() {
  return (await getArticles()).flatMap((article) =>
    article.sections.map((section, i) => ({
      params: { article: article.slug, section: section.id },
      props: { article, section, n: i + 1 },
    })),
  );
}

/** Serves the Open Graph image of one section, rendered at build time. */
export const GET: APIRoute = async ({ props }) => {
  const { article, section, n } = props as { article: Article; section: Section; n: number };
  const png = await renderShareCard(
    leadSentence(section.text, section.claims),
    article.title,
    `Gloss · section ${n} of ${article.sections.length}`,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
