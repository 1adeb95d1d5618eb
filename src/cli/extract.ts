#!/usr/bin/env node
// `npm run --silent extract -- <file>`: prints one article's model as JSON. The only place that exits.
import { dirname, resolve } from 'node:path';
import { readArgs } from './read-args.ts';
import { readArticleInput, readSharedContexts } from '../read/load-content.ts';
import { buildArticle } from '../pipeline/build-article.ts';
import { GlossError, formatProblem } from '../errors/gloss-error.ts';
import { z } from 'zod';

const USAGE = `usage: npm run --silent extract -- <article.md|article.txt> [--published YYYY-MM-DD]

Prints the article model as JSON. --published sets the publication date that relative dates
("on Tuesday", "June 18th") resolve against, when the file's frontmatter gives none.
`;
const { values, positionals } = readArgs(USAGE, { published: { type: 'string' } }, 'one');
// The same check as the frontmatter's: a real calendar day, so 2025-13-01 or 2025-02-30 is refused.
if (values.published !== undefined && !z.iso.date().safeParse(values.published).success) {
  process.stderr.write(
    `--published must be a real date as YYYY-MM-DD, e.g. 2024-06-20 (got \`${values.published}\`)\n`,
  );
  process.exit(2);
}
const path = resolve(positionals[0]!);
try {
  // Shared context applies when the file sits in a content folder's articles/.
  const root = dirname(dirname(path));
  const shared = dirname(path).endsWith('articles') ? readSharedContexts(root) : { contexts: [], text: '' };
  const input = readArticleInput(path, shared);
  const own = input.source.frontmatter.publishedAt;
  if (values.published !== undefined && own && own !== values.published)
    process.stderr.write(`gloss: --published ${values.published} is not used: the frontmatter gives ${own}\n`);
  const article = buildArticle(input.source, input.contexts, { publishedAt: values.published });
  for (const w of article.warnings)
    process.stderr.write(
      `${formatProblem('warning', { file: input.source.file, line: w.line ?? 1, column: 1 }, w.message)}\n`,
    );
  process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
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
