import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { ArticleSchema } from '../model/article.ts';
import { listArticles, readArticleInput, readDigestInput, readSharedContexts } from '../read/load-content.ts';
import { slugFromFile } from '../read/read-article.ts';
import { GlossError, formatProblem } from '../errors/gloss-error.ts';
import { pipelineVersion } from './pipeline-version.ts';

/** Options of the Gloss content loader. */
export interface Options {
  /** The content folder, holding `articles/` and `context/`. Default: `content`. */
  root?: string;
}

/** Loads every article in the content folder into the collection, extracting only what changed. */
export function glossLoader({ root = 'content' }: Options = {}): Loader {
  return {
    name: 'gloss',
    schema: ArticleSchema,
    load: async (context) => {
      const { watcher } = context;
      // In dev, an edit to content/ re-runs the load; only changed articles are extracted again.
      if (watcher) {
        watcher.add(root);
        const dir = resolve(root);
        const reload = (path: string) => {
          if (resolve(path).startsWith(dir)) void sync(context, root, true);
        };
        watcher.on('change', reload);
        watcher.on('add', reload);
        watcher.on('unlink', reload);
      }
      await sync(context, root, !!watcher);
    },
  };
}

async function sync({ store, logger, generateDigest }: LoaderContext, root: string, dev: boolean): Promise<void> {
  try {
    const version = pipelineVersion();
    const shared = readSharedContexts(root);
    const files = listArticles(root);
    const seen = new Set<string>();
    let extracted = 0;
    for (const file of files) {
      // An unchanged article is neither parsed nor extracted: its raw bytes decide.
      const slug = slugFromFile(file);
      const digest = generateDigest(`${version}\0${readDigestInput(file, shared.text)}`);
      seen.add(slug);
      if (store.get(slug)?.digest === digest) continue;
      const input = readArticleInput(file, shared);
      // The pipeline (compromise, chrono-node, the gazetteer) loads only when an article changed.
      const { buildArticle } = await import('../pipeline/build-article.ts');
      const article = buildArticle(input.source, input.contexts);
      for (const w of article.warnings) {
        logger.warn(formatProblem('warning', { file: input.source.file, line: w.line ?? 1, column: 1 }, w.message));
      }
      store.set({ id: article.slug, data: article, digest });
      extracted++;
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    logger.info(`${files.length} article(s), ${extracted} extracted, ${files.length - extracted} unchanged`);
  } catch (error) {
    if (!(error instanceof GlossError)) throw error;
    // The dev server keeps the last good content and waits for the fix.
    if (dev) return logger.error(error.format());
    throw toAstroError(error);
  }
}

/**
 * Turns an author's error into the error Astro reports: it stops the build before any page is
 * written (never half a site), with the place, the reason and the fix, and no stack trace: the
 * fault is in the content, not in the code.
 */
export function toAstroError(error: GlossError): AstroError {
  const astro = new AstroError(formatProblem('error', error.place, error.message), `fix: ${error.fix}`);
  astro.stack = '';
  return astro;
}
