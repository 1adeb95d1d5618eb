import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getArticleViews } from '../../../site/articles.ts';
import { inBuild } from '../../../site/build-mode.ts';
import { emitFiles } from '../../../site/emitted-files.ts';
import { oembedFor } from '../../../site/oembed.ts';

export async function getStaticPaths() {
  const paths = (await getArticleViews()).flatMap((view) =>
    ['index', 'timeline', ...view.sections.map((s) => s.section.id)].map((page) => ({
      params: { article: view.article.slug, page },
      props: { article: view.article, page, n: view.bySection.get(page)?.n },
    })),
  );
  // A build writes these itself, beside the pages (`site/emitted-files.ts`); the dev server serves them.
  if (inBuild()) {
    const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
    emitFiles(
      paths.map(({ params, props }) => [`oembed/${params.article}/${params.page}.json`, () => document(props, site)]),
    );
    return [];
  }
  return paths;
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;
const document = ({ article, page, n }: Props, site: URL | undefined) =>
  JSON.stringify(oembedFor(article, page, n, site), null, 2);

/** Serves the oEmbed document of one embeddable page (`index` is the whole article) under `astro dev`. */
export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(document(props, site), { headers: { 'Content-Type': 'application/json+oembed' } });
