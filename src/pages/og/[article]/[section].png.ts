import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArticleViews, keyed } from '../../../site/articles.ts';
import { renderShareCard } from '../../../site/og-image.ts';
import { sectionOpening } from '../../../site/describe.ts';

export async function getStaticPaths() {
  return keyed(
    (await getArticleViews()).flatMap((view) =>
      view.sections.map((sv) => ({
        params: { article: view.article.slug, section: sv.section.id },
        props: { title: view.article.title, lead: sectionOpening(sv.section) },
      })),
    ),
  );
}

/** Serves the Open Graph image of one section, rendered at build time: its own first words lead. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const png = await renderShareCard(props.lead, props.title, 'Annotated by Gloss');
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
