import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { readHeader, squash, type Header, type HeaderBlock } from './header.ts';

/** Tags whose content is never article text: code, embeds, media and captions, forms, page chrome. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'img',
  'picture',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'figure',
  'figcaption',
  'nav',
  'aside',
  'footer',
  'dialog',
  'map',
  'source',
  'track',
  'link',
  'meta',
  'base',
  'head',
  'title',
]);
/** The mdast nodes a plain CommonMark writer knows; anything else is unwrapped or dropped. */
const BLOCKS = new Set(['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code']);
const SAFE_PROTOCOL = /^(?:https?|mailto):$/i;

/** Parses an HTML document or fragment into a hast tree, dropping every tag that is not article text. */
export function parseHtml(html: string): HastRoot {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as HastRoot;
  dropTags(tree);
  return tree;
}

/** Converts hast to mdast (CommonMark only), keeping paragraphs, headings, lists, quotes, emphasis and links. */
export function htmlToMarkdownTree(tree: HastRoot): Root {
  return unified().use(rehypeRemark).runSync(tree) as Root;
}

/** The plain text of an HTML fragment, e.g. a Title-styled paragraph. */
export function htmlText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  return (
    mdText(htmlToMarkdownTree(parseHtml(html)))
      .replace(/\s+/g, ' ')
      .trim() || undefined
  );
}

/** Parses Markdown into mdast. */
export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).parse(text) as Root;
}

/** Options for {@link cleanTree}. */
export interface CleanOptions {
  /** Resolves relative links against it; without it they lose their link and keep their text. */
  baseUrl?: string;
}

/**
 * Makes an mdast tree safe and plain: no raw HTML, images, footnotes or tables; only http(s) and
 * mailto links (others keep their text); no empty blocks.
 */
export function cleanTree(tree: Root, options: CleanOptions = {}): Root {
  tree.children = cleanChildren(tree.children as Nodes[], options) as RootContent[];
  return tree;
}

/** Shifts headings so the body's top level is `##`: a leading `#` would read as the title. */
export function normaliseHeadings(tree: Root): Root {
  const depths = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => h.depth);
  const shift = depths.length ? 2 - Math.min(...depths) : 0;
  for (const n of tree.children)
    if (n.type === 'heading') n.depth = Math.min(6, Math.max(2, n.depth + shift)) as Heading['depth'];
  return tree;
}

function cleanChildren(nodes: Nodes[], options: CleanOptions): Nodes[] {
  const out: Nodes[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteReference':
      case 'footnoteDefinition':
      case 'yaml':
        continue;
      case 'text':
        node.value = node.value.replace(/\u00a0/g, ' ').replace(/[\u200b\u00ad\ufeff]/g, '');
        if (node.value) out.push(node);
        continue;
      case 'link': {
        const url = safeUrl(node.url, options.baseUrl);
        const children = cleanChildren(node.children, options) as PhrasingContent[];
        if (url) out.push({ ...node, url, title: null, children });
        else out.push(...children);
        continue;
      }
      case 'paragraph':
        // A line that is only a jump to a heading is a table of contents entry (Word, Google Docs).
        if (isJumpLink(node)) continue;
        break;
      case 'linkReference':
      case 'delete':
        out.push(...cleanChildren(node.children, options));
        continue;
      case 'table':
        // A table's cells become paragraphs, so no text is lost.
        for (const row of node.children)
          for (const cell of row.children) {
            const children = cleanChildren(cell.children, options) as PhrasingContent[];
            if (hasText(children)) out.push({ type: 'paragraph', children });
          }
        continue;
      default:
        break;
    }
    if ('children' in node) {
      (node as { children: Nodes[] }).children = cleanChildren(node.children as Nodes[], options);
      if (BLOCKS.has(node.type) || node.type === 'emphasis' || node.type === 'strong') {
        if (!hasText(node.children as Nodes[])) {
          if (node.type === 'emphasis' || node.type === 'strong') out.push(...(node.children as Nodes[]));
          continue;
        }
      }
    }
    if (node.type === 'paragraph' || node.type === 'heading') trimEdges(node);
    out.push(node);
  }
  return out;
}

/** Keeps http(s) and mailto links, resolving relative ones and unwrapping Google's redirects. */
export function safeUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOL.test(url.protocol)) return undefined;
  if (/^(?:www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
    const target = url.searchParams.get('q');
    return target && target !== raw ? safeUrl(target) : undefined;
  }
  return url.href;
}

function isJumpLink(node: Paragraph): boolean {
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length === 1 && kids[0]!.type === 'link' && kids[0]!.url.startsWith('#');
}

function hasText(nodes: Nodes[]): boolean {
  return nodes.some((n) =>
    n.type === 'text' || n.type === 'inlineCode' || n.type === 'code'
      ? n.value.trim() !== ''
      : 'children' in n && hasText(n.children as Nodes[]),
  );
}

/** Trims white space at a block's edges and removes line breaks there. */
function trimEdges(node: Paragraph | Heading): void {
  const kids = node.children;
  while (kids.length && kids[0]!.type === 'break') kids.shift();
  while (kids.length && kids[kids.length - 1]!.type === 'break') kids.pop();
  const first = firstText(kids, 0);
  if (first) first.value = first.value.replace(/^\s+/, '');
  const last = firstText(kids, -1);
  if (last) last.value = last.value.replace(/\s+$/, '');
}

function firstText(nodes: Nodes[], end: 0 | -1): { value: string } | undefined {
  const node = end === 0 ? nodes[0] : nodes[nodes.length - 1];
  if (!node) return undefined;
  if (node.type === 'text') return node;
  if ('children' in node) return firstText(node.children as Nodes[], end);
  return undefined;
}

/** Writes mdast as Markdown: `##` headings, `_emphasis_`, `**strong**`, `-` bullets. */
export function stringifyMarkdown(tree: Root): string {
  return unified()
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '_',
      strong: '*',
      rule: '-',
      fences: true,
      listItemIndent: 'one',
      resourceLink: true,
    })
    .stringify(tree);
}

/** The plain text of an mdast node. */
export function mdText(node: Nodes, lineBreak = ' '): string {
  if (node.type === 'break') return lineBreak;
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map((c) => mdText(c, lineBreak)).join('');
  return '';
}

/**
 * Reads the header (title, dek, byline, dateline) from the top of a cleaned mdast tree and removes
 * it, along with any later heading that repeats the title. `known` names a title or subtitle the
 * source marked as such (a Title-styled paragraph, a headline in the page's metadata).
 */
export function takeHeader(tree: Root, known: { title?: string; subtitle?: string } = {}): Header {
  const blocks: HeaderBlock[] = tree.children.map((n) => {
    // Line breaks stay, so `By Jane Doe<br>June 3, 2025` reads as two lines.
    const text = mdText(n, '\n');
    if (known.subtitle && squash(text) === squash(known.subtitle)) return { kind: 'subtitle', text };
    if (n.type === 'heading') return { kind: 'heading', depth: n.depth, text };
    if (n.type === 'paragraph')
      return { kind: 'paragraph', text, bold: n.children.length === 1 && n.children[0]!.type === 'strong' };
    return { kind: 'other', text };
  });
  const header = readHeader(blocks, known);
  const title = header.title ?? known.title;
  const used = new Set(header.used);
  tree.children = tree.children.filter((n, i) => {
    if (used.has(i)) return false;
    // A heading that only repeats the title is the page's own headline, not a section.
    return !(title && n.type === 'heading' && squash(mdText(n)) === squash(title));
  });
  return header;
}

function dropTags(node: HastRoot | Element): void {
  node.children = (node.children as HastContent[]).filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (DROPPED.has(child.tagName)) return false;
    if (child.properties?.hidden !== undefined && child.properties.hidden !== false) return false;
    if (child.properties?.ariaHidden === 'true') return false;
    dropTags(child);
    return true;
  }) as typeof node.children;
}
