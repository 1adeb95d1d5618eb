#!/usr/bin/env node
// `npm run import -- <file> [--slug <slug>] [--force]`: turns a draft (Word, web page, Google Docs
// export, ArchieML, Markdown, text) into content/articles/<slug>.md. The only I/O of the importer.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { readArgs } from './read-args.ts';
import { importFile, FORMATS } from '../import/import-file.ts';
import { slugFromFile } from '../read/read-article.ts';
import { GlossError } from '../errors/gloss-error.ts';
import { contentRoot } from '../config/settings.ts';

const USAGE = `usage: npm run import -- <file> [--slug <slug>] [--force]

Writes <GLOSS_CONTENT or content>/articles/<slug>.md from a draft and prints its path last.
Formats: ${Object.keys(FORMATS)
  .map((e) => `.${e}`)
  .join(' ')}
  --slug <slug>  the article's slug (default: from the file name), e.g. my-op-ed
  --force        replace an existing article with that slug
`;
const EXTENSIONS = ['md', 'markdown', 'txt'];

const { values, positionals } = readArgs(
  USAGE,
  { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
  'one',
);
if (values.slug !== undefined && (values.slug === '' || slugFromFile(values.slug) !== values.slug)) {
  process.stderr.write(
    `--slug must be lower-case letters, digits and hyphens, e.g. ${slugFromFile(values.slug) || 'my-op-ed'} (got \`${values.slug}\`)\n`,
  );
  process.exit(2);
}

// npm runs scripts from the package root; a relative path is the user's, from where they typed it.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const input = resolve(userCwd, positionals[0]!);
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

try {
  const display = relative(userCwd, input) || input;
  if (!existsSync(input)) throw new GlossError({ file: display }, 'no such file', 'check the path and the file name');
  if (statSync(input).isDirectory())
    throw new GlossError({ file: display }, 'this is a folder, not a file', 'name the draft file itself');
  const imported = await importFile(display, readFileSync(input));
  const slug = values.slug ?? slugFromFile(basename(input).replace(/\.[^.]+$/, ''));
  if (!slug) {
    throw new GlossError({ file: display }, 'the file name gives an empty slug', 'pass --slug, e.g. --slug my-op-ed');
  }
  const dir = resolve(contentRoot(), 'articles');
  const target = join(dir, `${slug}.md`);
  const existing = EXTENSIONS.map((e) => join(dir, `${slug}.${e}`)).filter((p) => existsSync(p));
  if (existing.length && !values.force) {
    throw new GlossError(
      { file: shown(existing[0]!) },
      `an article with the slug \`${slug}\` already exists`,
      'pass --force to replace it, or --slug to import under another name',
    );
  }
  const { formatArticleFile } = await import('../import/imported.ts');
  const { readArticle } = await import('../read/read-article.ts');
  const { buildArticle } = await import('../pipeline/build-article.ts');
  const text = formatArticleFile(imported);
  // The file must read and build as the site will read it; nothing is written otherwise.
  const article = buildArticle(readArticle(shown(target), Buffer.from(text)), []);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${slug}.md.importing`);
  writeFileSync(temp, text);
  renameSync(temp, target);
  for (const other of existing) if (other !== target) unlinkSync(other);
  for (const w of imported.warnings) process.stderr.write(`${display}: warning: ${w}\n`);
  const fm = imported.frontmatter;
  const headings = article.sections.filter((s) => s.heading).length;
  const lines = [
    `imported ${display}`,
    `  title:       ${fm.title ?? '(none: add one)'}`,
    `  author:      ${fm.author ?? '(none found)'}`,
    `  publishedAt: ${fm.publishedAt ?? '(none found)'}`,
    ...(fm.publication ? [`  publication: ${fm.publication}`] : []),
    ...(fm.dek ? [`  dek:         ${fm.dek}`] : []),
    ...(fm.sourceUrl ? [`  sourceUrl:   ${fm.sourceUrl}`] : []),
    `  ${article.sections.length} section${article.sections.length === 1 ? '' : 's'}, ${headings} with heading${headings === 1 ? '' : 's'}`,
    ...existing.filter((p) => p !== target).map((p) => `  replaced ${shown(p)}`),
    shown(target),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  if (error instanceof GlossError) {
    process.stderr.write(`${error.format()}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `gloss: internal error: ${(error as Error).message}\n  please report it with the file that caused it\n`,
  );
  process.exit(70);
}
