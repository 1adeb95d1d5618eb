import type { APIRoute } from 'astro';
import { getArticles } from '../../../site/articles.ts';
import { oembedFor } from '../../../site/oembed.ts';

export async function getStaticPaths() {
  return (await getArticles()).flatMap((article) =>
    ['index', 'timeline', ...article.sections.map((s) => s.id)].map((page) => ({
      params: { article: article.slug, page },
      props: { article, page },
    })),
  );
}

/** Serves the oEmbed document of one embeddable page (`index` is the whole article). */
export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(oembedFor(props.article, props.page, site), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
