import { parseDocument, LineCounter } from 'yaml';
import type { Paragraph, Root } from 'mdast';
import { GlossError } from '../errors/gloss-error.ts';
import { FIELD_ALIASES } from '../read/read-article.ts';
import { FrontmatterSchema } from '../model/frontmatter.ts';
import { finishImport, type Found, type Imported } from './imported.ts';
import { toIsoDate } from '../read/dates.ts';
import { decodeText } from './sniff.ts';
import { joinNames } from './page-metadata.ts';
import { cleanTree, parseMarkdown, takeHeader } from './to-markdown.ts';

const KNOWN = new Set(Object.keys(FrontmatterSchema.shape));

/**
 * Normalises a Markdown or plain-text article: frontmatter fields other tools use are renamed,
 * dates become YYYY-MM-DD, unknown fields are dropped (with a warning); a leading `# Title` and
 * byline move into the frontmatter; raw HTML and unsafe links leave the body.
 */
export function importMarkdown(file: string, bytes: Uint8Array, format: 'md' | 'txt'): Imported {
  const text = decodeText(file, bytes);
  const { fields, body, warnings } = splitFrontmatter(file, text);
  const tree = cleanTree(format === 'md' ? parseMarkdown(body) : textTree(body));
  if (format === 'txt' && !fields.title) markTitleLine(tree);
  const header = takeHeader(tree, { title: typeof fields.title === 'string' ? fields.title : undefined });
  const found: Found = { ...fields };
  found.title ??= header.title;
  found.author ??= header.author;
  found.publishedAt ??= header.publishedAt;
  found.dek ??= header.dek;
  return finishImport(file, found, tree, warnings);
}

/**
 * Plain text as paragraphs: blank-line separated when there are blank lines, else one per line. A
 * first block of a few short lines none of which ends a sentence is a header (title, byline,
 * date), one line each, not a paragraph wrapped over lines.
 */
function textTree(body: string): Root {
  const blocks = /\n[ \t]*\n/.test(body.trim()) ? body.trim().split(/\n[ \t]*\n/) : body.split('\n');
  const headLines = blocks[0]?.split('\n').map((l) => l.trim()) ?? [];
  if (
    blocks.length > 1 &&
    headLines.length >= 2 &&
    headLines.length <= 5 &&
    headLines.every((l) => l && l.length <= 160 && !/[.!?;:,]$/.test(l))
  ) {
    blocks.splice(0, 1, ...headLines);
  }
  const children = blocks
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }));
  return { type: 'root', children };
}

/** A plain-text file's first line is its headline when it reads like one: short, no closing full stop. */
function markTitleLine(tree: Root): void {
  const [first, second] = tree.children;
  if (!first || !second || first.type !== 'paragraph' || first.children.length !== 1) return;
  const only = first.children[0]!;
  if (only.type !== 'text' || only.value.length > 140 || /[.,;:]$/.test(only.value)) return;
  tree.children[0] = { type: 'heading', depth: 1, children: first.children };
}

function splitFrontmatter(file: string, text: string): { fields: Found; body: string; warnings: string[] } {
  const warnings: string[] = [];
  const open = /^---[ \t]*\n/.exec(text);
  const close = open ? /\n---[ \t]*(?:\n|$)/.exec(text.slice(3)) : null;
  if (!open || !close) return { fields: {}, body: text, warnings };
  const yamlText = text.slice(open[0].length, 3 + close.index + 1);
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = counter.linePos(error.pos[0]);
    throw new GlossError(
      { file, line: pos.line + 1, column: pos.col },
      `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
      'fix the YAML syntax, e.g. `title: "My title"` (quote values that contain a colon)',
    );
  }
  const raw = doc.toJS() ?? {};
  const fields: Found = {};
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const field = KNOWN.has(key) ? key : FIELD_ALIASES[key];
      if (!field) {
        warnings.push(`dropped frontmatter field \`${key}\`: Gloss does not use it`);
        continue;
      }
      if (fields[field as keyof Found] !== undefined && !KNOWN.has(key)) continue;
      fields[field as keyof Found] = normalise(field, value);
    }
  }
  return { fields, body: text.slice(3 + close.index + close[0].length), warnings };
}

function normalise(field: string, value: unknown): unknown {
  if (field === 'publishedAt') return toIsoDate(value) ?? (value instanceof Date ? undefined : String(value));
  if (field === 'author' && Array.isArray(value)) return joinNames(value.map(String));
  if (typeof value === 'number') return String(value);
  return value;
}
