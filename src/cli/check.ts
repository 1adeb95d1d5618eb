#!/usr/bin/env node
// `npm run check [-- <slug>…] [--json]`: checks articles and their context for an editor. Exits 1 on any error.
import { readArgs, unknownSlugs } from './read-args.ts';
import { listArticles, readArticleInput, readSharedContexts } from '../read/load-content.ts';
import { slugFromFile } from '../read/read-article.ts';
import { reportArticle } from '../pipeline/build-article.ts';
import { checkArticle, failedCheck, type ArticleCheck } from '../pipeline/check-article.ts';
import { formatCheck } from '../pipeline/format-check.ts';
import { contentRoot, readSettings } from '../config/settings.ts';
import { GlossError } from '../errors/gloss-error.ts';

const USAGE = `usage: npm run check [-- <slug>…] [--json]

Checks each article of the content folder (GLOSS_CONTENT, default content/), or only those named:
counts by kind, annotations below GLOSS_MIN_CONFIDENCE, actors with no description, and errors
(curated entries, corrections or section pins that match nothing; verdicts with no source), each
with the context file's line and column. Exits 1 on any error, 2 on a wrong command (an unknown
slug or option), 0 otherwise.
`;
const fail = (message: string, code: number): never => {
  process.stderr.write(message);
  process.exit(code);
};
const { values, positionals } = readArgs(USAGE, { json: { type: 'boolean' } }, 'any');
try {
  const { minConfidence } = readSettings();
  const root = contentRoot();
  const shared = readSharedContexts(root);
  const files = listArticles(root);
  const wanted = new Set(positionals);
  const chosen = wanted.size ? files.filter((f) => wanted.has(slugFromFile(f))) : files;
  const missing = [...wanted].filter((slug) => !files.some((f) => slugFromFile(f) === slug));
  if (missing.length)
    fail(
      `${unknownSlugs(
        missing,
        files.map((f) => slugFromFile(f)),
        `${root}/articles`,
      )}\n`,
      2,
    );
  const checks: ArticleCheck[] = chosen.map((file) => {
    try {
      const input = readArticleInput(file, shared);
      return checkArticle(
        input.source.file,
        reportArticle(input.source, input.contexts),
        input.contexts,
        minConfidence,
      );
    } catch (error) {
      if (!(error instanceof GlossError)) throw error;
      return failedCheck(error.place.file, slugFromFile(file), error, minConfidence);
    }
  });
  process.stdout.write(values.json ? `${JSON.stringify(checks, null, 2)}\n` : formatCheck(checks));
  process.exit(checks.some((c) => c.errors.length > 0) ? 1 : 0);
} catch (error) {
  if (error instanceof GlossError) {
    // An error that is no one article's (the content folder, a shared context file): in the JSON
    // report too, as a check with an empty slug, so a CI job that reads JSON sees it.
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify([failedCheck(error.place.file, '', error, readSettings().minConfidence)], null, 2)}\n`,
      );
      process.exit(1);
    }
    fail(`${error.format()}\n`, 1);
  }
  fail(`gloss: ${(error as Error).message}\n`, 2);
}
