import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { keyed } from '../../../site/articles.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return keyed(
    articles.map((a) => ({ params: { slug: a.id }, props: { article: a.data } })),
    (p) => p.params.slug,
  );
}) satisfies GetStaticPaths;

/** Serves one article model as JSON: the public contract integrators read. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.article, null, 2), { headers: { 'Content-Type': 'application/json' } });
