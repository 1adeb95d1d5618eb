// A built site served as a static host serves it (Netlify, Cloudflare Pages): its files under the
// base path, the headers its `_headers` file gives each path, a folder's address without its
// trailing slash redirected to it, and its own 404 page. `npm run preview` and the browser tests
// use it, so both see what a reader of the published site sees.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import sirv from 'sirv';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses a Netlify/Cloudflare `_headers` file into path patterns and their headers. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length && line.includes(':')) {
      const i = line.indexOf(':');
      rules[rules.length - 1]!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (`/embed/*`, `/`, `/404.html`) applies to a request path. */
export const matchesPattern = (pattern: string, path: string): boolean =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern || `${path}index.html` === pattern;

/** Files a host keeps to itself: dotfiles (but `.well-known/`) and the host's own `_headers`. */
const hidden = (sitePath: string) =>
  /(^|\/)\.(?!well-known\/)/.test(sitePath) || sitePath.replace(/^\/+/, '') === '_headers';

/** The folder of `dir` a site path names, or null when it names none (or one outside `dir`). */
function folderOf(dir: string, sitePath: string): string | null {
  const full = normalize(join(dir, sitePath));
  if (full !== dir && !full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  return existsSync(full) && statSync(full).isDirectory() ? full : null;
}

/**
 * A request handler for the built site in `dir`, published at `base` (`/` or `/gloss/`). It reads
 * the files on each request, so a rebuild shows without a restart.
 */
export function staticSite(dir: string, base = '/'): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normalize(dir);
  const prefix = base.replace(/\/?$/, '/');
  const files = sirv(root, { dev: true, dotfiles: false });
  const rulesFile = join(root, '_headers');
  const notFoundFile = join(root, '404.html');
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    let path: string;
    try {
      // Collapse repeated slashes as hosts do, so no path can redirect to `//other.host/`.
      path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
    } catch {
      res.statusCode = 400;
      return res.end('Bad request: the address has a malformed %-escape\n');
    }
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'Not found\n');
    };
    if (`${path}/` === prefix) return redirect(res, prefix + url.search);
    if (!path.startsWith(prefix) || hidden(path.slice(prefix.length))) return notFound();
    // Read each time: a rebuild writes a new `_headers`.
    const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
    for (const rule of rules) {
      if (matchesPattern(rule.pattern, path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    }
    const sitePath = path.slice(prefix.length - 1);
    if (!sitePath.endsWith('/') && folderOf(root, sitePath) && existsSync(join(root, sitePath, 'index.html'))) {
      return redirect(res, `${encodeURI(path)}/${url.search}`);
    }
    req.url = encodeURI(sitePath) + url.search;
    files(req, res, notFound);
  };
}

/** A permanent redirect, as hosts answer a folder's address without its slash. */
function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 301;
  res.setHeader('Location', location);
  res.end();
}
