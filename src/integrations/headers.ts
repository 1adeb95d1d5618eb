import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Options of the headers integration. */
export interface Options {
  /** Origins allowed to frame embed pages, e.g. `https://news.example`. Default: any (`*`). */
  embedOrigins?: string[];
}

// Script and style sources are left to the per-page CSP <meta> Astro writes with hashes; the
// header adds what a meta tag cannot carry (frame-ancestors) and the rest of the policy.
const policy = (ancestors: string, script = '') =>
  `default-src 'self'; script-src 'self' 'unsafe-inline'${script}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors ${ancestors}`;

// Search runs Pagefind's WebAssembly in a worker: the search page's policy and the worker script's
// (under pagefind/) must both allow it.
const WEBASSEMBLY = new Set(['search', 'pagefind']);

/** Builds the `_headers` file (Netlify, Cloudflare Pages): embeds framable by the allowed origins, every other page only by the site itself. */
export function headersFile(base: string, topLevel: string[], origins: string[]): string {
  const b = base.replace(/\/?$/, '/');
  const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
  const rules = [
    `${b}embed/*`,
    ...common,
    `  Content-Security-Policy: ${policy(origins.includes('*') ? '*' : origins.join(' '))}`,
    '',
  ];
  // One rule per top-level path, so no rule overlaps the embed rule (hosts merge overlapping rules).
  for (const p of ['', ...topLevel.filter((t) => t !== 'embed')]) {
    // Data for integrators (oEmbed, the JSON API) may be read from any origin.
    const cors = p === 'oembed' || p === 'api' ? ['  Access-Control-Allow-Origin: *'] : [];
    rules.push(
      p === '' ? b : p.includes('.') ? `${b}${p}` : `${b}${p}/*`,
      ...common,
      ...cors,
      `  Content-Security-Policy: ${policy("'self'", WEBASSEMBLY.has(p) ? " 'wasm-unsafe-eval'" : '')}`,
      '  X-Frame-Options: SAMEORIGIN',
      '',
    );
  }
  return rules.join('\n');
}

/** Writes `_headers` into the build output. */
export default function headers({ embedOrigins = ['*'] }: Options = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'gloss-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const top = readdirSync(out).filter(
          (f) => f !== '_headers' && (statSync(join(out, f)).isDirectory() || f.endsWith('.html') || f.includes('.')),
        );
        // The search index (pagefind/) is written after the build (`npm run index`): its rule too.
        const paths = [...new Set([...top, 'pagefind'])].sort();
        writeFileSync(join(out, '_headers'), headersFile(base, paths, embedOrigins));
      },
    },
  };
}
