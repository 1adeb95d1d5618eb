import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { emitInto, writeEmittedFiles } from '../site/emitted-files.ts';

/**
 * Writes the files Gloss's routes emit beside Astro's pages (share cards, oEmbed documents) once
 * Astro has written its own, before the integrations that read the output (`_headers`, pruning).
 * What it wrote is recorded in Astro's cache folder, so a rebuild leaves unchanged files unread.
 */
export default function emittedFiles(): AstroIntegration {
  let record = '';
  return {
    name: 'gloss:emitted-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        record = fileURLToPath(new URL('gloss-emitted.json', config.cacheDir));
        emitInto(fileURLToPath(config.outDir), record);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeEmittedFiles(fileURLToPath(dir), { record });
        if (files.length) logger.info(`${files.length} share card(s) and oEmbed document(s) in place`);
      },
    },
  };
}
