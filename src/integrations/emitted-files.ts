import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeEmittedFiles } from '../site/emitted-files.ts';

/**
 * Writes the files Gloss's routes emit beside Astro's pages (share cards, oEmbed documents) once
 * Astro has written its own, before the integrations that read the output (`_headers`, pruning).
 */
export default function emittedFiles(): AstroIntegration {
  return {
    name: 'gloss:emitted-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeEmittedFiles(fileURLToPath(dir));
        if (files.length) logger.info(`${files.length} share card(s) and oEmbed document(s) in place`);
      },
    },
  };
}
