import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import review from './src/integrations/review.ts';

// Newsrooms host under sub-paths: set GLOSS_SITE and GLOSS_BASE (e.g. https://news.example/ and /gloss/).
export default defineConfig({
  site: process.env.GLOSS_SITE ?? 'https://gloss.example.org',
  base: process.env.GLOSS_BASE ?? '/',
  trailingSlash: 'always',
  // Annotated text interleaves inline elements: keep the whitespace between them.
  compressHTML: false,
  devToolbar: { enabled: false },
  // Every page gets a CSP <meta> with hashes of its own scripts and styles.
  security: { csp: true },
  // GLOSS_EMBED_ORIGINS: space-separated origins allowed to frame embeds; default any.
  integrations: [
    review(),
    headers({ embedOrigins: (process.env.GLOSS_EMBED_ORIGINS ?? '*').split(/\s+/).filter(Boolean) }),
  ],
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The native resvg module must stay out of Vite's bundling and dependency optimiser.
  vite: { ssr: { external: ['@resvg/resvg-js'] }, optimizeDeps: { exclude: ['@resvg/resvg-js'] } },
});
