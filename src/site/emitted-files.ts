import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
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
  /** This build's output folder and record, once the integration knows them, and the record read. */
  target?: { outDir: string; record: string; last?: Written['files'] };
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

/** Names this build's output folder and the record of what the last build wrote there. */
export function emitInto(outDir: string, record: string): void {
  shared.target = { outDir, record };
}

/**
 * Whether the file at `path` is, untouched, the one the last build wrote under `key`: its content
 * need not be made (a share card not drawn). False before `emitInto`, as under `astro dev`.
 */
export function unchangedOutput(path: string, key: string): boolean {
  const target = shared.target;
  if (!target) return false;
  target.last ??= parseWritten(() => readFileSync(target.record, 'utf8'), target.outDir);
  try {
    return sameStamp(target.last[path], stampOf(key, statSync(join(target.outDir, path))));
  } catch {
    return false;
  }
}

/** What a build wrote or kept, file by file, and the output folder it was in. */
interface Written {
  outDir: string;
  files: { [path: string]: Stamp };
}
/** A file's key, and what tells whether it was touched since: `ctime` changes with any write, copy or `touch`. */
interface Stamp {
  key: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The files a record lists, if it is of `outDir` (none when it is missing or unreadable). */
function parseWritten(read: () => string, outDir: string): Written['files'] {
  try {
    const written = JSON.parse(read()) as Written;
    return written.outDir === outDir ? written.files : {};
  } catch {
    return {};
  }
}

const stampOf = (key: string, s: Stats): Stamp => ({
  key,
  size: s.size,
  mtimeMs: s.mtimeMs,
  ctimeMs: s.ctimeMs,
  ino: s.ino,
});
const sameStamp = (a: Stamp | undefined, b: Stamp) =>
  !!a && (['key', 'size', 'mtimeMs', 'ctimeMs', 'ino'] as const).every((k) => a[k] === b[k]);

/** Options of `writeEmittedFiles`. */
export interface WriteOptions {
  /** How many files are made and written at a time. */
  limit?: number;
  /** A file (in the build's cache) recording what was written: a rebuild then reads no unchanged file. */
  record?: string;
}

/**
 * Writes every registered file into `outDir`, `limit` at a time, and forgets them. A file that
 * already holds the same bytes (a rebuild into a kept output folder) is left as it is; with a
 * `record`, one recorded under the same key and untouched since is left without being read (nor
 * its content made). Returns every file's absolute path, written or left.
 */
export async function writeEmittedFiles(outDir: string, { limit = 16, record }: WriteOptions = {}): Promise<string[]> {
  const queue = [...shared.files.values()];
  shared.files.clear();
  const text = record ? await readFile(record, 'utf8').catch(() => '') : '';
  const last = parseWritten(() => text, outDir);
  const next: Written = { outDir, files: {} };
  const done: string[] = [];
  const made = new Set<string>();
  /** Writes one file unless it holds its bytes already; returns its stamp. */
  const emit = async ([path, content, known]: Emitted): Promise<Stamp> => {
    const file = join(outDir, path);
    const found = await stat(file).catch(() => null);
    // Untouched since the last build wrote it under this key: left unread.
    if (found && known && sameStamp(last[path], stampOf(known, found))) return stampOf(known, found);
    const bytes = await content();
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    const key = known ?? createHash('sha256').update(data).digest('hex');
    if (found && sameStamp(last[path], stampOf(key, found))) return stampOf(key, found);
    if (found?.size === data.length && (await readFile(file).catch(() => null))?.equals(data)) {
      return stampOf(key, found);
    }
    const dir = dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(file, data);
    return stampOf(key, await stat(file));
  };
  const work = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      next.files[entry[0]] = await emit(entry);
      done.push(join(outDir, entry[0]));
    }
  };
  await Promise.all(Array.from({ length: limit }, work));
  if (record) {
    // Written aside, then renamed: a build stopped midway never leaves half a record.
    await mkdir(dirname(record), { recursive: true });
    await writeFile(`${record}.${process.pid}.part`, JSON.stringify(next));
    await rename(`${record}.${process.pid}.part`, record);
    if (shared.target) shared.target.last = undefined;
  }
  shared.written = done;
  return done;
}

/** The files the last `writeEmittedFiles` wrote or left: a build's own, which pruning keeps. */
export function emittedFiles(): readonly string[] {
  return shared.written;
}
