import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { GlossError } from '../errors/gloss-error.ts';
import { finishImport, type Imported } from './imported.ts';
import { readPageMetadata } from './page-metadata.ts';
import { stripChrome } from './strip-chrome.ts';
import { isGoogleDocsExport, unstyleGoogleDoc } from './google-docs.ts';
import { decodeText } from './sniff.ts';
import { squash } from './header.ts';
import { toIsoDate } from '../read/dates.ts';
import { cleanTree, htmlToMarkdownTree, parseHtml, takeHeader } from './to-markdown.ts';

const DEK =
  /(?:^|[\s_-])(?:dek|deck|standfirst|subtitle|subheadline|sub-headline|strapline|article-summary|summary)(?:$|[\s_-])/i;
const BYLINE = '[rel="author"], [itemprop="author"], .byline, .author-name, .author, [class*="byline"]';

/**
 * Converts a saved article page or a Google Docs "Web page (.html)" export into frontmatter and a
 * Markdown body. A page keeps only its article (Readability, after its chrome is stripped).
 */
export function importHtml(file: string, bytes: Uint8Array): Imported {
  const html = decodeText(file, bytes, declaredCharset(bytes));
  const { document } = parseHTML(html);
  if (!document.body || !document.body.textContent?.trim()) {
    throw new GlossError({ file }, 'the page has no text', 'save the article page again ("Save page as…", HTML only)');
  }
  return isGoogleDocsExport(document) ? importGoogleDoc(file, document) : importPage(file, html, document);
}

function importGoogleDoc(file: string, document: Document): Imported {
  const marked = unstyleGoogleDoc(document);
  const tree = cleanTree(htmlToMarkdownTree(parseHtml(document.body.innerHTML)));
  const header = takeHeader(tree, marked);
  return finishImport(
    file,
    { title: header.title, dek: header.dek, author: header.author, publishedAt: header.publishedAt },
    tree,
  );
}

function importPage(file: string, html: string, document: Document): Imported {
  const meta = readPageMetadata(document);
  meta.sourceUrl ??= /<!-- saved from url=\(\d+\)(https?:\/\/\S+?) -->/.exec(html)?.[1];
  const headline = meta.headline ?? pageHeadline(document, meta.title);
  const dekEl = [...document.querySelectorAll('[class], [itemprop="alternativeHeadline"]')].find(
    (el) =>
      (DEK.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'alternativeHeadline') &&
      short(el, 400),
  );
  const dek = text(dekEl);
  const byline = [...document.querySelectorAll(BYLINE)].map(text).find((t) => t && t.length < 120);
  stripChrome(document);
  const article = new Readability(document, { keepClasses: true, charThreshold: 200 }).parse();
  const content = article?.content ?? document.body.innerHTML;
  const cleaned = parseHTML(`<!doctype html><html><body>${content}</body></html>`).document;
  stripChrome(cleaned);
  const tree = cleanTree(htmlToMarkdownTree(parseHtml(cleaned.body.innerHTML)), { baseUrl: meta.sourceUrl });
  const header = takeHeader(tree, { title: headline, subtitle: dek });
  // Bylines the page marks up are dropped wherever they sit near the top.
  const author = meta.author ?? header.author ?? fromByline(byline) ?? fromByline(article?.byline ?? undefined);
  tree.children = tree.children.filter((n, i) => {
    if (i > 3 || n.type !== 'paragraph') return true;
    const t = squash(plain(n));
    return !((byline && t === squash(byline)) || (author && (t === squash(`by ${author}`) || t === squash(author))));
  });
  // A description that only repeats the first paragraph is not a dek.
  const description = dek ?? header.dek ?? meta.dek;
  const firstText = tree.children.find((n) => n.type === 'paragraph');
  const repeats =
    description && firstText && squash(plain(firstText)).startsWith(squash(description).replace(/(?:…|\.\.\.)$/, ''));
  return finishImport(
    file,
    {
      title: headline ?? header.title ?? article?.title ?? undefined,
      dek: repeats ? undefined : description,
      author,
      publication: meta.publication,
      publishedAt: meta.publishedAt ?? header.publishedAt ?? toIsoDate(article?.publishedTime),
      sourceUrl: meta.sourceUrl,
    },
    tree,
  );
}

/** The headline: the `<h1>` that the page's title contains, else the page title less its section and site names. */
function pageHeadline(document: Document, metaTitle?: string): string | undefined {
  const pageTitle = document.querySelector('title')?.textContent ?? '';
  for (const h1 of document.querySelectorAll('h1')) {
    const t = text(h1);
    if (t && (squash(metaTitle ?? '').includes(squash(t)) || squash(pageTitle).includes(squash(t)))) return t;
  }
  // `Opinion | The headline - The Paper`: the headline is the longest part.
  const parts = (metaTitle ?? pageTitle).split(/\s+[|–—-]\s+/).map((p) => p.trim());
  return parts.sort((a, b) => b.length - a.length)[0] || undefined;
}

function fromByline(line: string | undefined): string | undefined {
  const name = line
    ?.replace(/^\s*(?:by|from)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name || undefined;
}

function text(el: Element | null | undefined): string | undefined {
  return el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

function short(el: Element, max: number): boolean {
  const t = text(el);
  return !!t && t.length <= max;
}

function plain(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => plain(c as typeof node)).join('');
}

/** The charset a page declares in its first bytes, e.g. `<meta charset="windows-1252">`. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}
