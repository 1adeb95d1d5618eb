#!/usr/bin/env node
// `npm run preview [-- --port <n>] [--host <address>] [--dir <folder>]`: serves the built site as a static host does.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from './read-args.ts';
import { staticSite } from '../serve/static-site.ts';

const USAGE = `usage: npm run preview [-- --port <n>] [--host <address>] [--dir <folder>]

Serves the built site (dist/, from \`npm run build\`) on http://127.0.0.1:4321/ as a static host
(Netlify, Cloudflare Pages) serves it: the headers of its _headers file, a page's address without
its trailing slash redirected to it, and the site's own 404 page. Under GLOSS_BASE (e.g. /gloss/)
the site is served at that path, as it will be published.
`;
const fail = (message: string, code: number): never => {
  process.stderr.write(`gloss: ${message}\n`);
  process.exit(code);
};
const { values } = readArgs(
  USAGE,
  { port: { type: 'string', short: 'p' }, host: { type: 'string' }, dir: { type: 'string' } },
  'any',
);
const dir = values.dir ?? 'dist';
const host = values.host ?? '127.0.0.1';
const port = Number(values.port ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`--port ${values.port} is not a port number (0 to 65535)`, 2);
}
if (!existsSync(join(dir, 'index.html'))) {
  fail(`there is no built site in ${dir}/: run \`npm run build\` first`, 1);
}
const base = process.env.GLOSS_BASE || '/';
const server = createServer(staticSite(dir, base));
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE')
    fail(`${host}:${port} is in use: stop what serves there, or pass --port ${port + 1}`, 1);
  fail(`cannot serve on ${host}:${port}: ${error.message}`, 1);
});
server.listen(port, host, () => {
  const { port: bound } = server.address() as { port: number };
  const shown = host.includes(':') ? `[${host}]` : host;
  process.stdout.write(`Serving ${dir}/ at http://${shown}:${bound}${base.replace(/\/?$/, '/')} (Ctrl-C stops it)\n`);
});
