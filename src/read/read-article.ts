import { parseDocument, LineCounter } from 'yaml';
import { FrontmatterSchema, type Frontmatter } from '../model/frontmatter.ts';
import { foldToAscii } from '../model/slug.ts';
import { GlossError, gatherErrors, lineColumn } from '../errors/gloss-error.ts';
import { yamlErrors, zodToGlossErrors } from './yaml-errors.ts';

/** An article file read and checked: its format, frontmatter and body text. */
export interface ArticleSource {
  file: string;
  slug: string;
  format: 'md' | 'txt';
  frontmatter: Frontmatter;
  body: string;
  /** Lines before the body (the frontmatter block), to report body positions in file lines. */
  bodyLineOffset: number;
}

const EXTENSIONS = /\.(md|markdown|txt)$/i;
/** Names other tools give frontmatter fields (Jekyll, Hugo, Astro blogs), read as ours. */
export const FIELD_ALIASES: Record<string, string> = {
  date: 'publishedAt',
  published: 'publishedAt',
  pubDate: 'publishedAt',
  published_at: 'publishedAt',
  description: 'dek',
  subtitle: 'dek',
  standfirst: 'dek',
  summary: 'dek',
  byline: 'author',
  url: 'sourceUrl',
  source: 'sourceUrl',
  canonical: 'sourceUrl',
  licence: 'license',
};

/** Derives an article's slug from its file name, e.g. `content/articles/My Op-ed.md` → `my-op-ed`. */
export function slugFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop()!.replace(EXTENSIONS, '');
  return foldToAscii(base)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Slugs the site's own top-level pages use (`src/pages`, the review pages, Pagefind's index): an
 * article under one of them would clash with that page.
 */
export const RESERVED_SLUGS = ['actors', 'api', 'embed', 'oembed', 'og', 'search', 'review', 'pagefind'];

/** Decodes and checks an article file's bytes, and splits off its frontmatter. */
export function readArticle(file: string, bytes: Uint8Array): ArticleSource {
  const ext = EXTENSIONS.exec(file)?.[1]?.toLowerCase();
  if (!ext) {
    throw new GlossError(
      { file },
      'this file is not an article: Gloss reads .md and .txt files',
      'rename it to end in .md or .txt, or move it out of content/articles/',
    );
  }
  const text = decode(file, bytes);
  const slug = slugFromFile(file);
  if (!slug) {
    throw new GlossError(
      { file },
      'the file name gives an empty slug',
      'name the file with letters or digits, e.g. my-op-ed.md',
    );
  }
  if (RESERVED_SLUGS.includes(slug)) {
    throw new GlossError(
      { file },
      `the file name gives the slug \`${slug}\`, which the site's own /${slug}/ pages use`,
      `rename the file, e.g. ${slug}-op-ed.${ext}`,
    );
  }
  const { frontmatter, body, bodyLineOffset } = splitFrontmatter(file, text);
  if (body.trim() === '') {
    // Each format has its own rule for paragraphs: a line of a .txt file is one, in Markdown it is not.
    throw new GlossError(
      { file, line: bodyLineOffset + 1, column: 1 },
      'the article has no text',
      ext === 'txt'
        ? 'write the op-ed below the frontmatter, one paragraph per line or blank-line separated'
        : 'write the op-ed in Markdown, paragraphs separated by a blank line; frontmatter, if any, goes first, between two `---` lines',
    );
  }
  return { file, slug, format: ext === 'txt' ? 'txt' : 'md', frontmatter, body, bodyLineOffset };
}

/** Whether bytes are UTF-16 text: a byte-order mark, or a NUL beside each ASCII letter. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 200);
  let nulAtOne = 0;
  for (let i = 0; i + 1 < head.length; i += 2) if ((head[i] === 0) !== (head[i + 1] === 0)) nulAtOne++;
  return head.length >= 8 && nulAtOne >= (head.length / 2) * 0.9;
}

function decode(file: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1 && isUtf16(bytes)) {
    throw new GlossError(
      { file },
      'this is UTF-16 text, which Gloss does not read',
      'save it as UTF-8 (in most editors: Save As, encoding UTF-8), or `iconv -f utf-16 -t utf-8`',
    );
  }
  if (nul !== -1) {
    throw new GlossError(
      { file },
      `this is a binary file, not text (a NUL byte at byte ${nul})`,
      'save the article as UTF-8 plain text or Markdown',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = lineColumn(new TextDecoder().decode(bytes.subarray(0, bad)), bad);
    throw new GlossError(
      { file, line, column },
      `the file is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad})`,
      'convert it to UTF-8, e.g. `iconv -f windows-1252 -t utf-8`',
    );
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (cut at a char boundary is fine).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return Math.min(lo, bytes.length - 1);
}

function splitFrontmatter(
  file: string,
  text: string,
): { frontmatter: Frontmatter; body: string; bodyLineOffset: number } {
  if (!/^---[ \t]*\n/.test(text)) return { frontmatter: {}, body: text, bodyLineOffset: 0 };
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  if (!close) {
    throw new GlossError(
      { file, line: 1, column: 1 },
      'the frontmatter opened with `---` is never closed',
      'add a line `---` after the last frontmatter field',
    );
  }
  const yamlText = text.slice(text.indexOf('\n') + 1, 3 + close.index + 1);
  const bodyStart = 3 + close.index + close[0].length;
  const bodyLineOffset = text.slice(0, bodyStart).split('\n').length - 1;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // Repeated keys leave the frontmatter readable: its fields are checked too, so one run lists everything.
  const { errors, broken } = yamlErrors(file, yamlText, doc, counter, 1, 'the frontmatter');
  if (broken) throw gatherErrors(errors);
  const raw = doc.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new GlossError(
      { file, line: 2, column: 1 },
      'the frontmatter must be a list of `key: value` fields',
      'write fields such as `title: My title`',
    );
  }
  // Names other tools give these fields (Jekyll, Hugo, Astro blogs) are read as ours.
  const fields = { ...(raw as Record<string, unknown>) };
  const renamed = new Map<string, string>();
  for (const [alias, field] of Object.entries(FIELD_ALIASES)) {
    if (alias in fields && !(field in fields)) {
      fields[field] = fields[alias];
      delete fields[alias];
      renamed.set(field, alias);
    }
  }
  // A full timestamp is fine: only its date is used.
  if (typeof fields.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d/.test(fields.publishedAt)) {
    fields.publishedAt = fields.publishedAt.slice(0, 10);
  }
  const parsed = FrontmatterSchema.safeParse(fields);
  if (!parsed.success) {
    errors.push(
      ...zodToGlossErrors(file, doc, counter, parsed.error, {
        schema: FrontmatterSchema,
        lineOffset: 1,
        written: renamed,
      }),
    );
  }
  if (errors.length || !parsed.success) throw gatherErrors(errors);
  return { frontmatter: parsed.data, body: text.slice(bodyStart), bodyLineOffset };
}
