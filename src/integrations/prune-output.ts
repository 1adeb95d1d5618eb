import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 */
export default function pruneOutput(): AstroIntegration {
  let outDir = '';
  let since = 0;
  return {
    name: 'gloss:prune-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        const mark = join(outDir, '.gloss-build-started');
        writeFileSync(mark, '');
        since = statSync(mark).mtimeMs;
        rmSync(mark);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = pruneStale(fileURLToPath(dir), kept, since);
        if (removed.length) logger.info(`removed ${removed.length} file(s) an earlier build left`);
      },
    },
  };
}
