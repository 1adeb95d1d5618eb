import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { ArticleSchema, type Article } from '../model/article.ts';
import { listArticles, readArticleInput, readDigestInput, readSharedContexts } from '../read/load-content.ts';
import { slugFromFile } from '../read/read-article.ts';
import { GlossError, formatProblem } from '../errors/gloss-error.ts';
import { workerThreads } from '../config/threads.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { extractInWorkers, releaseWorkers, waitingWorkers, type Extracted } from './extract-pool.ts';

/** Options of the Gloss content loader. */
export interface Options {
  /** The content folder, holding `articles/` and `context/`. Default: `content`. */
  root?: string;
  /** Called with each article extracted, as soon as it is (the build starts its share cards). */
  onExtracted?: (article: Article) => void;
}

/** Loads every article in the content folder into the collection, extracting only what changed. */
export function glossLoader({ root = 'content', onExtracted = () => {} }: Options = {}): Loader {
  return {
    name: 'gloss',
    schema: ArticleSchema,
    load: async (context) => {
      const { watcher } = context;
      // In dev, an edit to content/ re-runs the load; only changed articles are extracted again.
      // One run at a time: edits that arrive during a run (a `git pull`, a save-all) make one more.
      if (watcher) {
        watcher.add(root);
        const dir = resolve(root);
        let running: Promise<void> | null = null;
        let again = false;
        const run = async () => {
          do {
            again = false;
            await sync(context, root, true, onExtracted).catch((error: unknown) =>
              context.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
            );
          } while (again);
          running = null;
        };
        const reload = (path: string) => {
          if (!resolve(path).startsWith(dir)) return;
          if (running) again = true;
          else running = run();
        };
        watcher.on('change', reload);
        watcher.on('add', reload);
        watcher.on('unlink', reload);
      }
      await sync(context, root, !!watcher, onExtracted);
    },
  };
}

async function sync(
  { store, logger, generateDigest }: LoaderContext,
  root: string,
  dev: boolean,
  onExtracted: (article: Article) => void,
): Promise<void> {
  try {
    const version = pipelineVersion();
    const shared = readSharedContexts(root);
    const files = listArticles(root);
    const seen = new Set<string>();
    const changed: { file: string; digest: string }[] = [];
    for (const file of files) {
      // An unchanged article is neither parsed nor extracted: its raw bytes decide.
      const slug = slugFromFile(file);
      const digest = generateDigest(`${version}\0${readDigestInput(file, shared.text)}`);
      seen.add(slug);
      if (store.get(slug)?.digest !== digest) changed.push({ file, digest });
    }
    const extracted = await extract(
      root,
      changed.map((c) => c.file),
      shared,
      onExtracted,
    );
    for (const [i, result] of extracted.entries()) {
      // The first error in file order stops the build, as if the articles were extracted one by one.
      if (result instanceof Error) throw result;
      const { article, file } = result;
      for (const w of article.warnings) {
        logger.warn(formatProblem('warning', { file, line: w.line ?? 1, column: 1 }, w.message));
      }
      store.set({ id: article.slug, data: article, digest: changed[i]!.digest });
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    logger.info(`${files.length} article(s), ${changed.length} extracted, ${files.length - changed.length} unchanged`);
  } catch (error) {
    if (!(error instanceof GlossError)) throw error;
    // The dev server keeps the last good content and waits for the fix.
    if (dev) return logger.error(error.format());
    throw toAstroError(error);
  }
}

/** From this many changed articles on, extraction runs in worker threads (each loads the pipeline once). */
const WORKERS_FROM = 4;

/**
 * Extracts the changed articles: in worker threads when there are several, else here. One worker
 * per core where the share cards drawn as articles arrive yield to extraction (Linux), else one
 * core is left to them (`workerThreads`); the build's own thread waits meanwhile. Even one worker beats this
 * thread, where Vite runs the pipeline's modules more slowly than Node does. A worker that cannot
 * start is not an author's problem: the articles are then extracted here.
 */
async function extract(
  root: string,
  files: string[],
  shared: ReturnType<typeof readSharedContexts>,
  onExtracted: (article: Article) => void,
): Promise<(Extracted | Error)[]> {
  try {
    // A build started its workers as it started: they are ready for even one article.
    if (files.length >= WORKERS_FROM || (files.length > 0 && waitingWorkers() > 0)) {
      try {
        return await extractInWorkers(root, files, workerThreads(), onExtracted);
      } catch {
        // Extracted below, where the error (if it is one) shows with its stack.
      }
    }
  } finally {
    // Workers started for a build where nothing (or nothing more) is to be extracted end now.
    await releaseWorkers();
  }
  // The pipeline (compromise, chrono-node, the gazetteer) loads only when an article changed.
  const { buildArticle } = files.length ? await import('../pipeline/build-article.ts') : { buildArticle: null };
  const done: (Extracted | Error)[] = [];
  for (const file of files) {
    try {
      const input = readArticleInput(file, shared);
      const article = buildArticle!(input.source, input.contexts);
      done.push({ article, file: input.source.file });
      onExtracted(article);
    } catch (error) {
      if (!(error instanceof GlossError)) throw error;
      done.push(error);
      break;
    }
  }
  return done;
}

/**
 * Turns an author's error into the error Astro reports: it stops the build before any page is
 * written (never half a site), with the place, the reason and the fix, and no stack trace: the
 * fault is in the content, not in the code.
 */
export function toAstroError(error: GlossError): AstroError {
  // The build stops at the first problem; `npm run check` lists every one, which saves a rebuild each.
  const more = error.more.length
    ? `\n${error.more.length} more ${error.more.length === 1 ? 'error' : 'errors'} in ${error.place.file}: \`npm run check\` lists them all`
    : '';
  const astro = new AstroError(formatProblem('error', error.place, error.message), `fix: ${error.fix}${more}`);
  astro.stack = '';
  return astro;
}
