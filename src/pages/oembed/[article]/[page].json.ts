import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArticleViews, keyed } from '../../../site/articles.ts';
import { oembedFor } from '../../../site/oembed.ts';

export async function getStaticPaths() {
  return keyed(
    (await getArticleViews()).flatMap((view) =>
      ['index', 'timeline', ...view.sections.map((s) => s.section.id)].map((page) => ({
        params: { article: view.article.slug, page },
        props: { article: view.article, page, n: view.bySection.get(page)?.n },
      })),
    ),
    (p) => p.params.article,
  );
}

/** Serves the oEmbed document of one embeddable page (`index` is the whole article). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  new Response(JSON.stringify(oembedFor(props.article, props.page, props.n, site), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
