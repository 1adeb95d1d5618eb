import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArticleViews } from '../../../site/articles.ts';
import { inBuild } from '../../../site/build-mode.ts';
import { emitFiles, unchangedOutput } from '../../../site/emitted-files.ts';
import { cardsOf, drawAhead, keyOf, shareCard } from '../../../site/share-cards.ts';
import { cardPath } from '../../../site/urls.ts';

export async function getStaticPaths() {
  const paths = (await getArticleViews()).flatMap(({ article }) =>
    cardsOf(article).map(({ section, card }) => ({ params: { article: article.slug, section }, props: { card } })),
  );
  const file = (p: (typeof paths)[number]) => cardPath(p.params.article, p.params.section);
  // Astro's build asks every route for its paths before it renders a page: cards not drawn yet
  // (those of articles the loader did not extract) are drawn meanwhile, unless the output already
  // holds them, and the build writes them itself, beside the pages (`site/emitted-files.ts`). The
  // dev server draws the card asked for.
  drawAhead(paths.filter((p) => !unchangedOutput(file(p), keyOf(p.props.card))).map((p) => p.props.card));
  if (inBuild()) {
    emitFiles(paths.map((p) => [file(p), () => shareCard(p.props.card), keyOf(p.props.card)]));
    return [];
  }
  return paths;
}

/** Serves the Open Graph image of one section (under `astro dev`): its own first words lead. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await shareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
