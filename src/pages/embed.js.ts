import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';

/** Serves the embed loader, bundled and minified from src/embed/loader.ts at build time. */
export const GET: APIRoute = async () => {
  const out = await build({
    // Pages run from a bundle elsewhere: resolve the source from the project root.
    entryPoints: [join(process.cwd(), 'src/embed/loader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2020',
    legalComments: 'none',
  });
  return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript' } });
};
