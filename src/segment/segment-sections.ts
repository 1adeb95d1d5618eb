import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Nodes, Root, RootContent } from 'mdast';
import type { ArticleSource } from '../read/read-article.ts';

/** A section before extraction: its text, heading, and first line in the file. */
export interface RawSection {
  heading: string | null;
  text: string;
  line: number;
}

/** A block of the Markdown that the site cannot show as text, left out where it stands. */
export interface OmittedBlock {
  kind: 'table' | 'html' | 'code';
  line: number;
}

export interface Segmented {
  sections: RawSection[];
  firstHeading: string | null;
  omitted: OmittedBlock[];
}

// GitHub's Markdown, as most editors write it: tables and footnotes are read as such, not as text.
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Splits an article body into sections: by heading or `---` when there are any, else one per
 * paragraph. Footnotes become a last section, "Notes"; tables, raw HTML and code are left out and
 * listed, so that the author is told.
 */
export function segmentSections(source: ArticleSource): Segmented {
  return source.format === 'txt' ? segmentText(source) : segmentMarkdown(source);
}

function segmentText(source: ArticleSource): Segmented {
  const lines = source.body.split('\n');
  const blankSeparated = /\n[ \t]*\n/.test(source.body.trim());
  const sections: RawSection[] = [];
  let current: string[] = [];
  let startLine = 0;
  const flush = () => {
    const text = current
      .join(' ')
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (text) sections.push({ heading: null, text, line: source.bodyLineOffset + startLine + 1 });
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') return flush();
    if (current.length === 0) startLine = i;
    current.push(line.trim());
    if (!blankSeparated) flush();
  });
  flush();
  return { sections, firstHeading: null, omitted: [] };
}

function segmentMarkdown(source: ArticleSource): Segmented {
  const tree = parser.parse(source.body) as Root;
  // A hard line break separates words like a space does.
  visit(tree, 'break', (_node, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: ' ' };
  });
  // Struck-out words ("~~resigned~~ was sacked") are withdrawn: plain text would print them as meant.
  visit(tree, 'delete', (_node, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: '' };
  });
  const grouped = tree.children.some((n) => n.type === 'heading' || n.type === 'thematicBreak');
  const sections: RawSection[] = [];
  const omitted: OmittedBlock[] = [];
  const notes: { label: string; text: string; line: number }[] = [];
  let firstHeading: string | null = null;
  let open: { heading: string | null; parts: string[]; line: number } | null = null;
  const lineOf = (n: RootContent) => source.bodyLineOffset + (n.position?.start.line ?? 1);
  const close = () => {
    if (open && open.parts.length)
      sections.push({ heading: open.heading, text: open.parts.join('\n\n'), line: open.line });
    open = null;
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = plainText(node).trim();
      // A lone level-1 heading before any text is the article's title, not a section.
      if (node.depth === 1 && firstHeading === null && sections.length === 0 && !open) {
        firstHeading = heading;
        continue;
      }
      close();
      open = { heading: heading || null, parts: [], line: lineOf(node) };
      continue;
    }
    if (node.type === 'thematicBreak') {
      close();
      continue;
    }
    if (node.type === 'footnoteDefinition') {
      const text = blockText(node);
      if (text) notes.push({ label: node.label ?? node.identifier, text, line: lineOf(node) });
      continue;
    }
    if (node.type === 'table' || node.type === 'html' || node.type === 'code') {
      // A comment is the author's, not the reader's: no need to say it is left out.
      if (!(node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())))
        omitted.push({ kind: node.type, line: lineOf(node) });
      continue;
    }
    const text = blockText(node);
    if (!text) continue;
    if (!grouped) {
      sections.push({ heading: null, text, line: lineOf(node) });
      continue;
    }
    open ??= { heading: null, parts: [], line: lineOf(node) };
    open.parts.push(text);
  }
  close();
  // The markers are gone from the text (a plain-text page cannot link them): each note says its own.
  if (notes.length) {
    const text = notes.map((n) => `${/^\d+$/.test(n.label) ? `${n.label}.` : `${n.label}:`} ${n.text}`).join('\n\n');
    sections.push({ heading: 'Notes', text, line: notes[0]!.line });
  }
  return { sections, firstHeading, omitted };
}

/** Plain text of a block: paragraphs and list items joined, raw HTML and code dropped. */
function blockText(node: RootContent): string {
  if (node.type === 'html' || node.type === 'code' || node.type === 'definition' || node.type === 'table') return '';
  if (node.type === 'list' || node.type === 'blockquote' || node.type === 'footnoteDefinition') {
    return node.children
      .map((c) => blockText(c as RootContent))
      .filter(Boolean)
      .join('\n\n');
  }
  if (node.type === 'listItem') {
    return node.children
      .map((c) => blockText(c as RootContent))
      .filter(Boolean)
      .join(' ');
  }
  return plainText(node).replace(/\s+/g, ' ').trim();
}

/** The text a reader sees: raw HTML and image descriptions are not part of the op-ed's words. */
function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: false });
}
