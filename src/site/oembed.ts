import type { Article } from '../model/article.ts';
import { absolute } from './urls.ts';
import { escapeMarkup as esc } from './text.ts';

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
      ? [`${article.slug}/`, article.title, 1200]
      : page === 'timeline'
        ? [`${article.slug}/timeline/`, `Timeline: ${article.title}`, 500]
        : [`${article.slug}/${page}/`, `${article.title}, section ${n}`, 520];
  const permalink = absolute(path, site);
  const src = absolute(`embed/${path}`, site);
  const html =
    `<blockquote class="gloss-embed"><a href="${esc(permalink)}">${esc(title)}</a></blockquote>` +
    `<iframe src="${esc(src)}" width="600" height="${height}" frameborder="0" scrolling="no" title="${esc(`${title}, annotated by Gloss`)}"></iframe>`;
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
