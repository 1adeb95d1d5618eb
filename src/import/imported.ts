import type { Root } from 'mdast';
import { stringify } from 'yaml';
import { FrontmatterSchema, type Frontmatter } from '../model/frontmatter.ts';
import { GlossError } from '../errors/gloss-error.ts';
import { normaliseHeadings, stringifyMarkdown } from './to-markdown.ts';

/** An imported article: frontmatter that the project's reader accepts, and a Markdown body. */
export interface Imported {
  frontmatter: Frontmatter;
  body: string;
  /** Things the importer dropped or guessed, for the editor to check. */
  warnings: string[];
}

/** Candidate frontmatter values as a format found them; missing ones are undefined. */
export type Found = Partial<Record<keyof Frontmatter, unknown>>;

const ORDER = Object.keys(FrontmatterSchema.shape) as (keyof Frontmatter)[];

/**
 * Checks found metadata against the frontmatter schema (a value it rejects is dropped with a
 * warning, so one odd meta tag never blocks an import) and writes the body as Markdown. Fails
 * when the body has no text.
 */
export function finishImport(file: string, found: Found, tree: Root, warnings: string[] = []): Imported {
  const fields: Record<string, string> = {};
  for (const key of ORDER) {
    const value = found[key];
    if (typeof value !== 'string' || value.replace(/\s+/g, ' ').trim() === '') continue;
    const one = FrontmatterSchema.shape[key].safeParse(value.replace(/\s+/g, ' ').trim());
    if (one.success && one.data !== undefined) fields[key] = one.data;
    else warnings.push(`dropped \`${key}\` \`${value}\`: ${one.error?.issues[0]?.message ?? 'empty'}`);
  }
  const frontmatter = FrontmatterSchema.parse(fields);
  const hasText = tree.children.some((n) => n.type !== 'heading' && n.type !== 'thematicBreak');
  if (!hasText) {
    throw new GlossError(
      { file },
      'found no article text in this file',
      'check that it is the op-ed itself (not an index page or an empty export); paragraphs of text are needed',
    );
  }
  if (!frontmatter.title) warnings.push('found no title: add `title:` to the frontmatter');
  return { frontmatter, body: stringifyMarkdown(normaliseHeadings(tree)), warnings };
}

/** Writes an imported article as a Markdown file with YAML frontmatter. */
export function formatArticleFile(article: Pick<Imported, 'frontmatter' | 'body'>): string {
  const ordered = Object.fromEntries(
    ORDER.filter((k) => article.frontmatter[k]).map((k) => [k, article.frontmatter[k]]),
  );
  const yaml = Object.keys(ordered).length ? stringify(ordered, { lineWidth: 0 }) : '';
  return `---\n${yaml}---\n\n${article.body.trimEnd()}\n`;
}
