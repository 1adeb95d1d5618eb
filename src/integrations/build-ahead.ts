import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { workerThreads } from '../config/threads.ts';
import { prestartWorkers } from '../loader/extract-pool.ts';
import { contentRoot } from '../config/settings.ts';
import { listArticles } from '../read/load-content.ts';
import { markBuild } from '../site/build-mode.ts';

/**
 * Lets `astro build` work ahead: a first build's extraction workers start (and load the pipeline)
 * while Astro loads its config and Vite, and share cards are drawn in worker threads from the
 * moment each article is extracted. `astro dev` extracts and draws when asked; `astro check` draws nothing.
 */
/** How many articles there are to extract (none when the folder is wrong: the loader says why). */
function articleCount(): number {
  try {
    return listArticles(contentRoot()).length;
  } catch {
    return 0;
  }
}

export default function buildAhead(): AstroIntegration {
  return {
    name: 'gloss:build-ahead',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        markBuild();
        // Only a first build (no content store yet: Astro's `data-store.json`) surely extracts
        // every article; elsewhere workers loading the pipeline in vain would slow a rebuild.
        if (!existsSync(new URL('data-store.json', config.cacheDir))) {
          prestartWorkers(Math.min(workerThreads(), articleCount()));
        }
      },
    },
  };
}
