import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, keyed } from '../../../site/articles.ts';
import { absolute } from '../../../site/urls.ts';
import { toTimelineJs } from '../../../site/timelinejs.ts';
import type { Article } from '../../../model/article.ts';

export const getStaticPaths = (async () =>
  keyed(
    (await getArticles()).map((article) => ({
      params: { slug: article.slug },
      props: { article },
    })),
    (p) => p.params.slug,
  )) satisfies GetStaticPaths;

/** Serves an article's dates in TimelineJS 3's JSON format, for newsrooms that draw timelines with it. */
export const GET: APIRoute = ({ props, site }) => {
  const article = props.article as Article;
  const json = toTimelineJs(article, (section) => absolute(`${article.slug}/${section}/`, site));
  return new Response(JSON.stringify(json, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
