import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../model/article.ts';

/** The browser suite's own articles: tests never depend on what `content/` holds. */
export const FIXTURE_CONTENT = 'src/e2e/fixtures/content';
/** Where the browser suite builds its site (not `dist/`, which stays the user's). */
export const DIST = 'test-results/e2e-dist';

/** Reads one fixture article's model as the built site serves it. */
export function readModel(slug: string): Article {
  return JSON.parse(readFileSync(join(DIST, 'api/articles', `${slug}.json`), 'utf8')) as Article;
}

// What a build reads: a change to any of these makes a built site stale.
const INPUTS = ['src', 'public', 'astro.config.ts', 'package-lock.json'];
const newest = (path: string): number => {
  const s = statSync(path);
  if (!s.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
};

/** Says why a built site cannot be reused (missing, or older than a file it was built from), or `undefined`. */
export function staleReason(dist = DIST, inputs = INPUTS): string | undefined {
  const stamp = join(dist, 'index.html');
  if (!existsSync(stamp)) return `${dist} has no built site`;
  const built = statSync(stamp).mtimeMs;
  for (const input of inputs) {
    if (existsSync(input) && newest(input) > built) return `${input} changed after ${dist} was built`;
  }
  return undefined;
}
