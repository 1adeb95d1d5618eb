import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleSchema } from '../model/article.ts';
import { listArticles, readArticleInput, readDigestInput, readSharedContexts } from '../read/load-content.ts';
import { slugFromFile } from '../read/read-article.ts';
import { GlossError } from '../errors/gloss-error.ts';

/** Options of the Gloss content loader. */
export interface Options {
  /** The content folder, holding `articles/` and `context/`. Default: `content`. */
  root?: string;
}

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Hashes the pipeline's own code, so a changed extractor re-extracts and an unchanged one never does. */
function pipelineVersion(): string {
  const hash = createHash('sha256');
  for (const dir of ['model', 'read', 'segment', 'extract', 'link', 'pipeline']) {
    for (const f of readdirSync(join(SRC, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()) {
      hash.update(f).update(readFileSync(join(SRC, dir, f)));
    }
  }
  return hash.digest('hex').slice(0, 16);
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
      for (const w of article.warnings) logger.warn(`${input.source.file}:${w.line ?? 1}:1: ${w.message}`);
      store.set({ id: article.slug, data: article, digest });
      extracted++;
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    logger.info(`${files.length} article(s), ${extracted} extracted, ${files.length - extracted} unchanged`);
  } catch (error) {
    if (error instanceof GlossError) {
      logger.error(error.format());
      // A build stops before any page is written: never half a site. The dev server keeps the
      // last good content and waits for the fix.
      if (!dev) process.exit(1);
      return;
    }
    throw error;
  }
}
