// Test servers on 127.0.0.1: the built site with the headers of its `_headers` file applied (as a
// static host would), and a stand-in newsroom CMS on another origin that embeds it.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { staticSite } from '../serve/static-site.ts';

const require = createRequire(import.meta.url);

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/`)),
  );
}

/** Serves a built site folder as a static host would (`serve/static-site.ts`), on a free port. */
export function serveSite(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(staticSite(dir));
  return listen(server).then((url) => ({ url, server }));
}

/**
 * Serves the host pages of `fixtures/` with `{{GLOSS}}` replaced by the site's URL and `{{EMBED}}`
 * by the site path the test passes as `?embed=` (e.g. `loader.html?embed=embed/a/b/`), and pym.js
 * from its package.
 */
export function serveHost(siteUrl: string): Promise<{ url: string; server: Server }> {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/pym.js') {
      res.setHeader('Content-Type', 'text/javascript');
      return res.end(readFileSync(require.resolve('pym.js/dist/pym.v1.min.js')));
    }
    const file = normalize(join(fixtures, url.pathname));
    const embed = url.searchParams.get('embed') ?? '';
    if (!file.startsWith(fixtures) || !file.endsWith('.html') || !existsSync(file) || !/^[\w\-/.]*$/.test(embed)) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(readFileSync(file, 'utf8').replaceAll('{{GLOSS}}', siteUrl).replaceAll('{{EMBED}}', embed));
  });
  return listen(server).then((url) => ({ url, server }));
}
