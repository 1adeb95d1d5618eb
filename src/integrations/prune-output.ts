import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emittedFiles } from '../site/emitted-files.ts';

/** Says what a build removed, by top-level folder: `removed 66 file(s) an earlier build left (pagefind/ 66; …)`. */
export function describeRemoved(dir: string, removed: string[]): string {
  const by = new Map<string, number>();
  for (const file of removed) {
    const [top = '', ...rest] = relative(dir, file).split(sep);
    const key = rest.length ? `${top}/` : top;
    by.set(key, (by.get(key) ?? 0) + 1);
  }
  const parts = [...by].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  // Pagefind's index is another step's output: `npm run build` runs `npm run index` after this.
  const index = by.has('pagefind/') ? '; `npm run index` writes the search index again' : '';
  return `removed ${removed.length} file(s) an earlier build left (${parts.join(', ')}${index})`;
}

/**
 * Removes from `dir` every file older than `since` that is not in `kept`, then the folders left
 * empty; folders whose name starts with a dot (`.git`) are left alone. Returns the files removed.
 */
export function pruneStale(dir: string, kept: ReadonlySet<string>, since: number): string[] {
  const removed: string[] = [];
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || !walk(path)) empty = false;
        else rmdirSync(path);
      } else if (!kept.has(path) && statSync(path).mtimeMs < since) {
        rmSync(path);
        removed.push(path);
      } else empty = false;
    }
    return empty;
  };
  walk(dir);
  return removed;
}

/**
 * Keeps the output folder between builds, so that Astro's incremental build leaves unchanged pages
 * where they are instead of copying each one back, and removes what this build did not write: the
 * pages of a deleted article or section, review pages from a `GLOSS_REVIEW=1` build, old assets.
 * A file counts as written by this build when Astro lists it among the pages, or when it is newer
 * than a mark made as the build starts (by the file system's clock, the one files are dated by).
 *
 * Astro keeps a page in place when its record of the last build (`incremental-build.json` in its
 * cache folder) says the page is unchanged, without asking whether this folder holds that build.
 * So the record is set aside when an earlier build stopped midway (it wrote pages, not the
 * record), and the folder is emptied (Astro then copies its own cached pages) when another output
 * folder was built since this one.
 */
export default function pruneOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let since = 0;
  const files = () => ({
    record: join(cacheDir, 'incremental-build.json'),
    running: join(cacheDir, 'gloss-build-running'),
    outputs: join(cacheDir, 'gloss-outputs.json'),
  });
  const digest = (file: string) =>
    existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none';
  const outputs = (file: string): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return {
    name: 'gloss:prune-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const { record, running, outputs: built } = files();
        mkdirSync(cacheDir, { recursive: true });
        if (existsSync(running)) {
          rmSync(record, { force: true });
          logger.info('an earlier build stopped midway: every page is rendered again');
        }
        writeFileSync(running, '');
        if (existsSync(outDir) && outputs(built)[outDir] !== digest(record)) {
          // As Astro empties it: all but a `.git` (a deploy branch checked out there).
          for (const entry of readdirSync(outDir)) {
            if (entry !== '.git') rmSync(join(outDir, entry), { recursive: true, force: true });
          }
        }
        mkdirSync(outDir, { recursive: true });
        const mark = join(outDir, '.gloss-build-started');
        writeFileSync(mark, '');
        since = statSync(mark).mtimeMs;
        rmSync(mark);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const kept = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...emittedFiles()]);
        const removed = pruneStale(fileURLToPath(dir), kept, since);
        if (removed.length) logger.info(describeRemoved(fileURLToPath(dir), removed));
        const { record, running, outputs: built } = files();
        writeFileSync(built, JSON.stringify({ ...outputs(built), [outDir]: digest(record) }, null, 2));
        rmSync(running, { force: true });
      },
    },
  };
}
