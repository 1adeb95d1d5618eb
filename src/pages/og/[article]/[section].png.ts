import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArticleViews, keyed } from '../../../site/articles.ts';
import { cardsOf, drawAhead, shareCard } from '../../../site/share-cards.ts';

export async function getStaticPaths() {
  const paths = (await getArticleViews()).flatMap(({ article }) =>
    cardsOf(article).map(({ section, card }) => ({ params: { article: article.slug, section }, props: { card } })),
  );
  // Astro's build asks every route for its paths before it renders a page: cards not drawn yet
  // (those of articles the loader did not extract) are drawn meanwhile. The dev server draws only
  // the card asked for.
  drawAhead(paths.map((p) => p.props.card));
  return keyed(paths, (p) => p.params.article);
}

/** Serves the Open Graph image of one section, rendered at build time: its own first words lead. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await shareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
