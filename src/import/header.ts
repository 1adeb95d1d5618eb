import { toIsoDate } from '../read/dates.ts';

/** A top-level block as the header reader sees it: a marked title or subtitle, a heading or a paragraph. */
export interface HeaderBlock {
  kind: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'other';
  depth?: number;
  text: string;
  /** The whole block is bold: a headline typed as a bold first line. */
  bold?: boolean;
}

/** What the top of a document says about itself, and which blocks said it. */
export interface Header {
  title?: string;
  dek?: string;
  author?: string;
  publishedAt?: string;
  /** Indices of the blocks that held the header, to drop from the body. */
  used: number[];
}

const BYLINE = /^(?:by|from|words by|written by)\s+(.+)$/i;
// A name on its own: two to four capitalised words, e.g. `Jane Doe` or `Ana María de la Cruz`.
const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|la|van|von|der|di|du|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const SHORT = 160;

/**
 * Reads the title, dek, byline and dateline at the top of a document, the way an op-ed desk
 * writes them: a title (a Title-styled paragraph, a first level-1 heading or a bold first line),
 * then in any order
 * a subtitle, `By Jane Doe` (perhaps with the date after a comma or bar), and a date on its own.
 */
export function readHeader(blocks: HeaderBlock[], known: { title?: string } = {}): Header {
  const header: Header = { used: [] };
  let i = blocks.findIndex((b) => b.kind !== 'other' && b.text.trim() !== '');
  if (i === -1) return header;
  const first = blocks[i]!;
  const sameAsKnown = known.title && squash(first.text) === squash(known.title);
  const boldLine =
    !known.title &&
    first.kind === 'paragraph' &&
    first.bold &&
    first.text.length <= 150 &&
    !/[.:;,]$/.test(first.text.trim());
  if (
    first.kind === 'title' ||
    (first.kind === 'heading' && (first.depth === 1 || sameAsKnown)) ||
    sameAsKnown ||
    boldLine
  ) {
    header.title = clean(first.text);
    header.used.push(i);
    i++;
  }
  // Up to four short blocks after the title may be the dek, byline and dateline.
  for (let seen = 0; i < blocks.length && seen < 4; i++) {
    const b = blocks[i]!;
    const text = clean(b.text);
    if (b.kind === 'other' || text === '') continue;
    seen++;
    if (b.kind === 'subtitle' && !header.dek) {
      header.dek = text;
    } else if (b.kind !== 'paragraph' || text.length > SHORT) {
      break;
    } else {
      // A paragraph may hold byline and date on lines of their own (a line break between them).
      const draft: Header = { ...header, used: [] };
      const lines = b.text.split('\n').map(clean).filter(Boolean);
      if (!lines.every((line) => readLine(line, draft, seen === 1))) break;
      Object.assign(header, draft, { used: header.used });
    }
    header.used.push(i);
  }
  return header;
}

/** Reads one header line into the header: a byline, a date, or a lone name right after the title. */
function readLine(line: string, header: Header, afterTitle: boolean): boolean {
  if (!header.author && readByline(line, header)) return true;
  const date = toIsoDate(line);
  if (date && !header.publishedAt) {
    header.publishedAt = date;
    return true;
  }
  if (!header.author && header.title && afterTitle && NAME.test(line)) {
    header.author = line;
    return true;
  }
  return false;
}

/** Splits `By Jane Doe | June 3, 2025` into author and date; false when the text is no byline. */
function readByline(text: string, header: Header): boolean {
  const m = BYLINE.exec(text);
  if (!m) return false;
  let name = m[1]!;
  const parts = name.split(/\s+[|·•–—]\s+|\s*\|\s*/);
  name = parts[0]!;
  for (const part of parts.slice(1)) header.publishedAt ??= toIsoDate(part);
  const comma = name.lastIndexOf(',');
  if (comma > 0) {
    const date = toIsoDate(name.slice(comma + 1));
    const dateFrom = date ? comma : findDateStart(name);
    if (dateFrom !== -1) {
      header.publishedAt ??= toIsoDate(name.slice(dateFrom + 1));
      name = name.slice(0, dateFrom);
    }
  }
  name = name.replace(/[\s,;:.]+$/, '').trim();
  if (!name || name.split(/\s+/).length > 12) return false;
  header.author = name;
  return true;
}

/** Finds the comma before a trailing date such as `, June 3, 2025`. */
function findDateStart(text: string): number {
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    if (toIsoDate(text.slice(at + 1))) return at;
  }
  return -1;
}

/** Collapses white space, for comparing a heading with a title. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
