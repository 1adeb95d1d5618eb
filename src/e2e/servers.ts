// Test servers on 127.0.0.1: the built site with the headers of its `_headers` file applied (as a
// static host would), and a stand-in newsroom CMS on another origin that embeds it.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import sirv from 'sirv';

const require = createRequire(import.meta.url);

/** Parses a Netlify/Cloudflare `_headers` file into path patterns and their headers. */
export function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules[rules.length - 1]!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern || `${path}index.html` === pattern;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/`)),
  );
}

/** Serves a built site folder as a static host would: its files, its `_headers` rules, its 404 page. */
export function serveSite(dir: string): Promise<{ url: string; server: Server }> {
  const rules = existsSync(join(dir, '_headers')) ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const files = sirv(dir, { dev: true, dotfiles: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
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
