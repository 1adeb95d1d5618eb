import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import buildAhead from './src/integrations/build-ahead.ts';
import emittedFiles from './src/integrations/emitted-files.ts';
import headers from './src/integrations/headers.ts';
import pruneOutput from './src/integrations/prune-output.ts';
import review from './src/integrations/review.ts';
import siteOrigin, { PLACEHOLDER_SITE } from './src/integrations/site-origin.ts';
import { readerPages } from './src/integrations/sitemap-filter.ts';

const site = process.env.GLOSS_SITE || PLACEHOLDER_SITE;
const base = process.env.GLOSS_BASE || '/';

// Newsrooms host under sub-paths: set GLOSS_SITE and GLOSS_BASE (e.g. https://news.example/ and /gloss/).
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Annotated text interleaves inline elements: keep the whitespace between them.
  compressHTML: false,
  devToolbar: { enabled: false },
  // Every page gets a CSP <meta> with hashes of its own scripts and styles.
  security: { csp: true },
  // GLOSS_EMBED_ORIGINS: space-separated origins allowed to frame embeds; default any.
  integrations: [
    siteOrigin(),
    buildAhead(),
    // Before the integrations that read the output: share cards and oEmbed documents, written by Gloss.
    emittedFiles(),
    review(),
    headers({ embedOrigins: (process.env.GLOSS_EMBED_ORIGINS ?? '*').split(/\s+/).filter(Boolean) }),
    // sitemap-index.xml: reader-facing pages only (no embeds, review pages or data files).
    sitemap({ filter: readerPages(site, base) }),
    // Last, after the others have written: dist/ is kept between builds (unchanged pages stay in
    // place) and what this build did not write is removed.
    pruneOutput(),
  ],
  // Pages render while earlier ones are written: no page waits for the disk. GLOSS_BUILD_CONCURRENCY=1
  // renders one at a time, so that Astro's log gives each page's own time (the benchmark uses it).
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    concurrency: Number(process.env.GLOSS_BUILD_CONCURRENCY) || 16,
  },
  // A rebuild keeps every page whose data (its cache key, `keyed()` in `src/site/articles.ts`) and
  // code are unchanged instead of rendering it; `astro build --force` renders all.
  experimental: { incrementalBuild: true },
  // Articles are read by Gloss's own loader, never as Astro Markdown: no code highlighting (Shiki's
  // inline styles would also clash with the CSP).
  markdown: { syntaxHighlight: false },
  // The native canvas module (share cards) must stay out of Vite's bundling and dependency optimiser.
  vite: {
    ssr: { external: ['@napi-rs/canvas'] },
    optimizeDeps: { exclude: ['@napi-rs/canvas'] },
  },
});
