import type { Article, Section } from '../model/article.ts';
import { absolute } from './urls.ts';
import { escapeXml } from './xml.ts';

/** Builds the iframe snippets a newsroom pastes into its CMS for one section. */
export function embedSnippets(article: Article, section: Section, site: URL | undefined, height = 480) {
  const src = absolute(`embed/${article.slug}/${section.id}/`, site);
  const n = article.sections.findIndex((s) => s.id === section.id) + 1;
  const title = `${article.title}, section ${n}, annotated by Gloss`;
  const iframe = `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%" data-gloss-embed></iframe>`;
  const withLoader = `${iframe}\n<script src="${escapeXml(absolute('embed.js', site))}" async></script>`;
  return { src, iframe, withLoader, title };
}
