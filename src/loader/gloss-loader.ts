import type { Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleSchema } from '../model/article.ts';
import { listArticles, readArticleInput, readSharedContexts } from '../read/load-content.ts';
import { buildArticle } from '../pipeline/build-article.ts';
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
    load: async ({ store, logger, generateDigest }) => {
      try {
        const version = pipelineVersion();
        const shared = readSharedContexts(root);
        const files = listArticles(root);
        const seen = new Set<string>();
        let extracted = 0;
        for (const file of files) {
          const input = readArticleInput(file, shared);
          const digest = generateDigest(`${version}\0${input.digestInput}`);
          seen.add(input.source.slug);
          if (store.get(input.source.slug)?.digest === digest) continue;
          const article = buildArticle(input.source, input.contexts);
          for (const w of article.warnings) logger.warn(`${input.source.file}:${w.line ?? 1}:1: ${w.message}`);
          store.set({ id: article.slug, data: article, digest });
          extracted++;
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(`${files.length} article(s), ${extracted} extracted, ${files.length - extracted} unchanged`);
      } catch (error) {
        if (error instanceof GlossError) {
          // One clear message and a non-zero exit, before any page is written: never half a site.
          logger.error(error.format());
          process.exit(1);
        }
        throw error;
      }
    },
  };
}
