import archieml from 'archieml';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { GlossError } from '../errors/gloss-error.ts';
import { finishImport, type Found, type Imported } from './imported.ts';
import { toIsoDate } from '../read/dates.ts';
import { decodeText } from './sniff.ts';
import { cleanTree, htmlToMarkdownTree, parseHtml } from './to-markdown.ts';

const BODY_KEYS = ['body', 'text', 'content', 'story', 'paragraphs'];
const HEADING = /^(?:h([1-6])|heading|header|subhed|subhead|subheading|hed|crosshead)$/i;
const FIELDS: Record<keyof Found, string[]> = {
  title: ['title', 'headline', 'hed'],
  dek: ['dek', 'deck', 'subtitle', 'standfirst', 'description', 'summary'],
  author: ['author', 'byline', 'authors'],
  publication: ['publication', 'publisher'],
  publishedAt: ['publishedAt', 'published', 'date', 'pubdate', 'publishdate', 'published_at'],
  sourceUrl: ['sourceUrl', 'url', 'canonical', 'source'],
  license: ['license', 'licence'],
  sourceNote: ['sourceNote', 'note'],
};

/**
 * Converts an ArchieML file (`title:`, `dek:`, `author:`, `publishedAt:`, then a `[+body]`
 * freeform array of paragraphs and `subhed:` lines) into frontmatter and a Markdown body.
 */
export function importAml(file: string, bytes: Uint8Array): Imported {
  const data = archieml.load(decodeText(file, bytes));
  const key = BODY_KEYS.find((k) => Array.isArray(data[k]) && (data[k] as unknown[]).length);
  if (!key) {
    const found = Object.keys(data);
    throw new GlossError(
      { file },
      found.length
        ? `the ArchieML has no body: found ${found.map((k) => `\`${k}:\``).join(', ')} but no \`[+body]\` block`
        : 'found no ArchieML fields (`key: value` lines) in this file',
      'put the text after a `[+body]` line and end it with `[]`, with `title:` and `author:` above it',
    );
  }
  const skipped = new Set<string>();
  const tree: Root = { type: 'root', children: (data[key] as unknown[]).flatMap((item) => toBlocks(item, skipped)) };
  const found: Found = {};
  for (const [field, names] of Object.entries(FIELDS) as [keyof Found, string[]][]) {
    const name = names.find((n) => typeof data[n] === 'string' && (data[n] as string).trim());
    if (name) found[field] = data[name];
  }
  const date = found.publishedAt;
  if (date !== undefined) found.publishedAt = toIsoDate(date) ?? date;
  const warnings = skipped.size
    ? [`skipped body items that are not text: ${[...skipped].map((t) => `\`${t}:\``).join(', ')}`]
    : [];
  return finishImport(file, found, cleanTree(tree), warnings);
}

/** Turns one item of a body array into blocks: a `text` or plain string is a paragraph, a `subhed` a heading. */
function toBlocks(item: unknown, skipped: Set<string>): RootContent[] {
  if (typeof item === 'string') return paragraphs(item);
  if (typeof item !== 'object' || item === null) return [];
  const { type, value } = item as { type?: string; value?: unknown };
  if (typeof value !== 'string') {
    skipped.add(type ?? '?');
    return [];
  }
  const heading = type ? HEADING.exec(type) : null;
  if (heading) {
    const depth = Number(heading[1] ?? 2) as Heading['depth'];
    const [first] = paragraphs(value);
    return first ? [{ type: 'heading', depth, children: (first as Paragraph).children }] : [];
  }
  // Text lines only: other types (images, pull quotes, ads, embeds) are not the article's prose.
  if (type === 'text' || type === 'p' || type === 'paragraph') return paragraphs(value);
  skipped.add(type ?? '?');
  return [];
}

/** A value as paragraphs; inline HTML (links, emphasis) as newsroom exporters write it is kept. */
function paragraphs(value: string): RootContent[] {
  if (/<\/?[a-z][^>]*>/i.test(value)) {
    const tree = htmlToMarkdownTree(parseHtml(value));
    return tree.children.length === 1 && tree.children[0]!.type !== 'paragraph'
      ? [{ type: 'paragraph', children: tree.children as Paragraph['children'] }]
      : tree.children;
  }
  return value.trim() ? [{ type: 'paragraph', children: [{ type: 'text', value: value.trim() }] }] : [];
}
