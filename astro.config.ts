import { defineConfig } from 'astro/config';

// Newsrooms host under sub-paths: set GLOSS_SITE and GLOSS_BASE (e.g. https://news.example/ and /gloss/).
export default defineConfig({
  site: process.env.GLOSS_SITE ?? 'https://gloss.example.org',
  base: process.env.GLOSS_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Annotated text interleaves inline elements: keep the whitespace between them.
  compressHTML: false,
  devToolbar: { enabled: false },
});
