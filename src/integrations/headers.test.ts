import { describe, expect, it } from 'vitest';
import { headersFile } from './headers.ts';
import { parseHeaders } from '../serve/static-site.ts';

// A static host applies every rule whose pattern matches: `/x/*` by prefix, else the exact path.
const rulesFor = (file: string, path: string) =>
  parseHeaders(file).filter(({ pattern }) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path,
  );
const header = (file: string, path: string, name: string) =>
  rulesFor(file, path).flatMap((r) => r.headers.filter(([k]) => k === name).map(([, v]) => v));

const TOP = ['404.html', 'api', 'embed', 'embed.js', 'oembed', 'op-ed', 'pagefind', 'rss.xml', 'search'];

describe('headersFile', () => {
  it.each([
    ['/embed/op-ed/first/', 'frame-ancestors https://news.example https://blog.example'],
    ['/op-ed/first/', "frame-ancestors 'self'"],
    ['/', "frame-ancestors 'self'"],
    ['/rss.xml', "frame-ancestors 'self'"],
  ])('should give %s exactly one policy, with %s', (path, ancestors) => {
    const file = headersFile('/', TOP, ['https://news.example', 'https://blog.example']);
    const policies = header(file, path, 'Content-Security-Policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatch(new RegExp(`${ancestors.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('should let any origin frame embeds by default, and no other page', () => {
    const file = headersFile('/', TOP, ['*']);
    expect(header(file, '/embed/op-ed/', 'Content-Security-Policy')[0]).toMatch(/frame-ancestors \*$/);
    expect(header(file, '/embed/op-ed/', 'X-Frame-Options')).toEqual([]);
    expect(header(file, '/op-ed/', 'X-Frame-Options')).toEqual(['SAMEORIGIN']);
  });

  it('should open the oEmbed and JSON files to other origins, and nothing else', () => {
    const file = headersFile('/', TOP, ['*']);
    expect(header(file, '/oembed/op-ed/index.json', 'Access-Control-Allow-Origin')).toEqual(['*']);
    expect(header(file, '/api/articles.json', 'Access-Control-Allow-Origin')).toEqual(['*']);
    expect(header(file, '/op-ed/', 'Access-Control-Allow-Origin')).toEqual([]);
  });

  it('should let the search page and Pagefind’s worker, and no other page, compile WebAssembly', () => {
    const file = headersFile('/', TOP, ['*']);
    for (const path of ['/search/', '/pagefind/pagefind-worker.js'])
      expect(header(file, path, 'Content-Security-Policy')[0], path).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
    for (const path of ['/', '/op-ed/', '/embed/op-ed/'])
      expect(header(file, path, 'Content-Security-Policy')[0], path).not.toMatch(/wasm/);
  });

  it('should put every rule under the base path', () => {
    const file = headersFile('/news/gloss', TOP, ['*']);
    expect(parseHeaders(file).every((r) => r.pattern.startsWith('/news/gloss/'))).toBe(true);
    expect(header(file, '/news/gloss/embed/op-ed/', 'Content-Security-Policy')).toHaveLength(1);
  });
});
