import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Files a build writes beside Astro's pages, not as pages: share cards and oEmbed documents, 1,600
 * small files for 100 articles. As pages each cost Astro 2.5 to 4 ms (a request, a response, a log
 * line, a second copy in its cache); written here, a fraction of that. Their routes register them
 * from `getStaticPaths` in a build (and serve them under `astro dev`); the `gloss:emitted-files`
 * integration writes them when Astro has written its pages.
 */
type Content = string | Uint8Array;
/** A file to write: its path under the output folder, how to make it, and what names its bytes, if known ahead. */
type Emitted = readonly [path: string, content: () => Content | Promise<Content>, key?: string];
interface Shared {
  /** By path under the output folder. */
  files: Map<string, Emitted>;
  /** The files the last write kept or wrote, as absolute paths. */
  written: string[];
}
// The routes and the integration load this module separately: what they share lives on globalThis.
const REGISTRY = Symbol.for('gloss.emitted-files');
const shared: Shared = ((globalThis as { [REGISTRY]?: Shared })[REGISTRY] ??= { files: new Map(), written: [] });

/**
 * Registers files for this build to write, by their path under the output folder (`og/a/b.png`).
 * A key, when given, names the bytes (a share card's cache key): a file the last build wrote with
 * the same key, untouched since, is left without making its content again.
 */
export function emitFiles(files: Iterable<Emitted>): void {
  for (const [path, content, key] of files) {
    const at = path.replace(/^\/+/, '');
    shared.files.set(at, [at, content, key]);
  }
}

/** What a build wrote or kept, file by file, and the output folder it was in. */
interface Record {
  outDir: string;
  files: { [path: string]: { key: string; size: number; mtimeMs: number } };
}

async function readRecord(file: string | undefined, outDir: string): Promise<Record['files']> {
  if (!file) return {};
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Record;
    return record.outDir === outDir ? record.files : {};
  } catch {
    return {};
  }
}

/**
 * Writes every registered file into `outDir`, `limit` at a time, and forgets them. A file that
 * already holds the same bytes (a rebuild into a kept output folder) is left as it is; with a
 * `record` (a file in the build's cache), one whose size and date are those the last build left
 * and whose key is the same is left without being read. Returns every file's absolute path,
 * written or left.
 */
export async function writeEmittedFiles(outDir: string, { limit = 16, record = undefined as string | undefined } = {}) {
  const queue = [...shared.files.values()];
  shared.files.clear();
  const last = await readRecord(record, outDir);
  const next: Record = { outDir, files: {} };
  const done: string[] = [];
  const made = new Set<string>();
  const one = async ([path, content, known]: Emitted) => {
    const file = join(outDir, path);
    const before = await stat(file).catch(() => null);
    const was = last[path];
    const untouched = !!before && !!was && before.size === was.size && before.mtimeMs === was.mtimeMs;
    let key = known;
    let after = before;
    if (!(untouched && key === was.key)) {
      const bytes = await content();
      const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
      key ??= createHash('sha256').update(data).digest('hex');
      const same =
        (untouched && key === was.key) ||
        (before?.size === data.length && (await readFile(file).catch(() => null))?.equals(data));
      if (!same) {
        const dir = dirname(file);
        if (!made.has(dir)) {
          await mkdir(dir, { recursive: true });
          made.add(dir);
        }
        await writeFile(file, data);
        after = await stat(file);
      }
    }
    next.files[path] = { key: key!, size: after!.size, mtimeMs: after!.mtimeMs };
    done.push(file);
  };
  const work = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await one(entry);
  };
  await Promise.all(Array.from({ length: limit }, work));
  if (record) {
    // Written aside, then renamed: a build stopped midway never leaves half a record.
    await mkdir(dirname(record), { recursive: true });
    await writeFile(`${record}.${process.pid}.part`, JSON.stringify(next));
    await rename(`${record}.${process.pid}.part`, record);
  }
  shared.written = done;
  return done;
}

/** The files the last `writeEmittedFiles` wrote or left: a build's own, which pruning keeps. */
export function emittedFiles(): readonly string[] {
  return shared.written;
}
