import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Files a build writes beside Astro's pages, not as pages: share cards and oEmbed documents, 1,600
 * small files for 100 articles. As pages each cost Astro 2.5 to 4 ms (a request, a response, a log
 * line, a second copy in its cache); written here, a fraction of that. Their routes register them
 * from `getStaticPaths` in a build (and serve them under `astro dev`); the `gloss:emitted-files`
 * integration writes them when Astro has written its pages.
 */
type Content = string | Uint8Array;
interface Shared {
  /** By path under the output folder: how to make the file. */
  files: Map<string, () => Content | Promise<Content>>;
  /** The files the last write kept or wrote, as absolute paths. */
  written: string[];
}
// The routes and the integration load this module separately: what they share lives on globalThis.
const REGISTRY = Symbol.for('gloss.emitted-files');
const shared: Shared = ((globalThis as { [REGISTRY]?: Shared })[REGISTRY] ??= { files: new Map(), written: [] });

/** Registers files for this build to write, by their path under the output folder (`og/a/b.png`). */
export function emitFiles(files: Iterable<readonly [path: string, content: () => Content | Promise<Content>]>): void {
  for (const [path, content] of files) shared.files.set(path.replace(/^\/+/, ''), content);
}

/**
 * Writes every registered file into `outDir`, `limit` at a time, and forgets them. A file that
 * already holds the same bytes (a rebuild into a kept output folder) is left as it is. Returns
 * every file's absolute path, written or left.
 */
export async function writeEmittedFiles(outDir: string, limit = 16): Promise<string[]> {
  const queue = [...shared.files];
  shared.files.clear();
  const done: string[] = [];
  const made = new Set<string>();
  const next = async (): Promise<void> => {
    const entry = queue.shift();
    if (!entry) return;
    const [path, content] = entry;
    const file = join(outDir, path);
    const bytes = await content();
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    const old = await readFile(file).catch(() => null);
    if (!old?.equals(data)) {
      const dir = dirname(file);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(file, data);
    }
    done.push(file);
    return next();
  };
  await Promise.all(Array.from({ length: limit }, next));
  shared.written = done;
  return done;
}

/** The files the last `writeEmittedFiles` wrote or left: a build's own, which pruning keeps. */
export function emittedFiles(): readonly string[] {
  return shared.written;
}
