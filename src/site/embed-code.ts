import type { Article, Section } from '../model/article.ts';
import { absolute } from './urls.ts';
import { escapeMarkup } from './text.ts';

/** The height an embed's iframe starts at, before the loader sizes it to its content. */
export const EMBED_HEIGHTS = { index: 1200, timeline: 500, section: 480 } as const;

/** Builds the iframe snippets a newsroom pastes into its CMS for one section (`n`: its 1-based position). */
export function embedSnippets(
  article: Pick<Article, 'slug' | 'title'>,
  section: Pick<Section, 'id'>,
  n: number,
  site: URL | undefined,
  height: number = EMBED_HEIGHTS.section,
) {
  const src = absolute(`embed/${article.slug}/${section.id}/`, site);
  const title = escapeMarkup(`${article.title}, section ${n}, annotated by Gloss`);
  const iframe = `<iframe src="${escapeMarkup(src)}" title="${title}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%" data-gloss-embed></iframe>`;
  const withLoader = `${iframe}\n<script src="${escapeMarkup(absolute('embed.js', site))}" async></script>`;
  return { src, iframe, withLoader, title };
}
