import { createServer, request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesPattern, parseHeaders, staticSite } from './static-site.ts';

let dir: string;
const servers: Server[] = [];

/** Serves `dir` at `base` on 127.0.0.1 and returns its origin. */
async function serve(base: string): Promise<string> {
  const server = createServer(staticSite(dir, base));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}
const get = (url: string) => fetch(url, { redirect: 'manual' });
/** A request with its path sent as written (fetch would normalise it), for what a raw client can send. */
function get_(origin: string, path: string, done: (r: { status: number; location: string | undefined }) => void) {
  const { hostname, port } = new URL(origin);
  request({ hostname, port, path }, (res) => {
    res.resume();
    done({ status: res.statusCode!, location: res.headers.location });
  }).end();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-serve-'));
  mkdirSync(join(dir, 'free-buses/3'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'free-buses/index.html'), '<p>article</p>');
  writeFileSync(join(dir, 'free-buses/3/index.html'), '<p>section</p>');
  writeFileSync(join(dir, 'data.json'), '{"a":1}');
  writeFileSync(join(dir, '404.html'), '<p>our own 404</p>');
  writeFileSync(join(dir, '.secret'), 'no');
  writeFileSync(
    join(dir, '_headers'),
    '# comment\n/free-buses/*\n  X-Frame-Options: SAMEORIGIN\n/\n  X-Home: yes\n/gloss/free-buses/*\n  X-Base: yes\n',
  );
});
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('staticSite', () => {
  it('should redirect a folder without its trailing slash, keeping the query', async () => {
    const origin = await serve('/');
    const res = await get(`${origin}/free-buses/3?x=1`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/free-buses/3/?x=1');
    const page = await get(`${origin}/free-buses/3/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>section</p>');
  });

  it('should apply the `_headers` rules of the path and serve files as they are', async () => {
    const origin = await serve('/');
    const article = await get(`${origin}/free-buses/`);
    expect(article.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(article.headers.get('x-home')).toBeNull();
    expect((await get(`${origin}/`)).headers.get('x-home')).toBe('yes');
    const data = await get(`${origin}/data.json`);
    expect(await data.json()).toEqual({ a: 1 });
  });

  it('should answer a missing page, a dotfile and a path out of the folder with the site’s 404 page', async () => {
    const origin = await serve('/');
    for (const path of [
      '/nothing/',
      '/free-buses/9',
      '/.secret',
      '/_headers',
      '/..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/x',
    ]) {
      const res = await get(origin + path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe('<p>our own 404</p>');
    }
  });

  it('should collapse repeated slashes, so no address redirects to another host or shows _headers', async () => {
    const origin = await serve('/');
    const raw = (path: string) =>
      new Promise<{ status: number; location: string | undefined }>((resolve) => get_(`${origin}`, path, resolve));
    expect(await raw('/free-buses//3')).toEqual({ status: 301, location: '/free-buses/3/' });
    expect((await raw('//free-buses')).location ?? '').not.toMatch(/^\/\//);
    expect((await raw('/x/..//_headers')).status).toBe(404);
  });

  it('should refuse a malformed escape with 400, not crash', async () => {
    const origin = await serve('/');
    expect((await get(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await get(`${origin}/`)).status).toBe(200);
  });

  it('should serve the site under its base path only', async () => {
    const origin = await serve('/gloss/');
    expect((await get(`${origin}/gloss/free-buses/`)).status).toBe(200);
    expect((await get(`${origin}/gloss/free-buses/`)).headers.get('x-base')).toBe('yes');
    expect((await get(`${origin}/free-buses/`)).status).toBe(404);
    const bare = await get(`${origin}/gloss`);
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/gloss/']);
    const folder = await get(`${origin}/gloss/free-buses`);
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/gloss/free-buses/']);
  });
});

describe('parseHeaders', () => {
  it('should read each path and its indented headers, skipping comments and blank lines', () => {
    expect(parseHeaders('# c\n/a/*\n  X-A: 1\n  X-B: two: three\n\n/\n  X-C: 3\n')).toEqual([
      {
        pattern: '/a/*',
        headers: [
          ['X-A', '1'],
          ['X-B', 'two: three'],
        ],
      },
      { pattern: '/', headers: [['X-C', '3']] },
    ]);
  });

  it('should ignore a header line before any path', () => {
    expect(parseHeaders('  X-A: 1\n/b\n  X-B: 2\n')).toEqual([{ pattern: '/b', headers: [['X-B', '2']] }]);
  });
});

describe('matchesPattern', () => {
  it('should match a splat as a prefix, and an exact path or its index page', () => {
    expect(matchesPattern('/embed/*', '/embed/a/b/')).toBe(true);
    expect(matchesPattern('/embed/*', '/embedded/')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
    expect(matchesPattern('/', '/a/')).toBe(false);
    expect(matchesPattern('/search/index.html', '/search/')).toBe(true);
  });
});
