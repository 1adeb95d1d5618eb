import type { Article } from '../model/article.ts';
import { absolute } from './urls.ts';
import { escapeMarkup as esc } from './text.ts';
import { EMBED_HEIGHTS } from './embed-code.ts';

/**
 * Describes an embeddable page as an oEmbed `rich` response: a fallback link in a blockquote, then the iframe.
 * `page` is `index` (the whole article), `timeline`, or a section id with its 1-based position `n`.
 */
export function oembedFor(
  article: Pick<Article, 'slug' | 'title' | 'author' | 'sourceUrl'>,
  page: string,
  n: number | undefined,
  site: URL | undefined,
) {
  const [path, title, height] =
    page === 'index'
      ? [`${article.slug}/`, article.title, EMBED_HEIGHTS.index]
      : page === 'timeline'
        ? [`${article.slug}/timeline/`, `Timeline: ${article.title}`, EMBED_HEIGHTS.timeline]
        : [`${article.slug}/${page}/`, `${article.title}, section ${n}`, EMBED_HEIGHTS.section];
  const permalink = absolute(path, site);
  const src = absolute(`embed/${path}`, site);
  const html =
    `<blockquote class="gloss-embed"><a href="${esc(permalink)}">${esc(title)}</a></blockquote>` +
    // As the copyable embed code: lazy, and marked for Gloss's loader should the host page run it.
    `<iframe src="${esc(src)}" width="600" height="${height}" frameborder="0" scrolling="no" loading="lazy" title="${esc(`${title}, annotated by Gloss`)}" data-gloss-embed></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    ...(article.author && { author_name: article.author }),
    ...(article.sourceUrl && { author_url: article.sourceUrl }),
    provider_name: 'Gloss',
    provider_url: absolute('', site),
    html,
    width: 600,
    height,
  };
}
