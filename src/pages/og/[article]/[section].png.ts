import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArticleViews, keyed } from '../../../site/articles.ts';
import { prepareShareCards, shareCard } from '../../../site/share-cards.ts';
import { sectionOpening } from '../../../site/describe.ts';

export async function getStaticPaths() {
  const paths = (await getArticleViews()).flatMap((view) =>
    view.sections.map((sv) => ({
      params: { article: view.article.slug, section: sv.section.id },
      props: { card: { lead: sectionOpening(sv.section), title: view.article.title, label: 'Annotated by Gloss' } },
    })),
  );
  // Astro asks every route for its paths before it renders a page: the cards are drawn meanwhile.
  prepareShareCards(paths.map((p) => p.props.card));
  return keyed(paths);
}

/** Serves the Open Graph image of one section, rendered at build time: its own first words lead. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await shareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
