#!/usr/bin/env node
// `npm run --silent extract -- <file>`: prints one article's model as JSON. The only place that exits.
import { dirname, resolve } from 'node:path';
import { readArticleInput, readSharedContexts } from '../read/load-content.ts';
import { buildArticle } from '../pipeline/build-article.ts';
import { GlossError } from '../errors/gloss-error.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
  process.stderr.write('usage: npm run --silent extract -- <article.md|article.txt>\n');
  process.exit(args[0] === '--help' || args[0] === '-h' ? 0 : 2);
}
const path = resolve(args[0]!);
try {
  // Shared context applies when the file sits in a content folder's articles/.
  const root = dirname(dirname(path));
  const shared = dirname(path).endsWith('articles') ? readSharedContexts(root) : { contexts: [], text: '' };
  const input = readArticleInput(path, shared);
  const article = buildArticle(input.source, input.contexts);
  for (const w of article.warnings)
    process.stderr.write(`${input.source.file}:${w.line ?? 1}:1: warning: ${w.message}\n`);
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
