import { describe, expect, it } from 'vitest';
import { readerPages } from './sitemap-filter.ts';

describe('readerPages', () => {
  it.each([
    ['https://news.example/gloss/', true],
    ['https://news.example/gloss/op-ed/', true],
    ['https://news.example/gloss/op-ed/timeline/', true],
    ['https://news.example/gloss/op-ed/first-section/', true],
    ['https://news.example/gloss/embed/op-ed/first-section/', false],
    ['https://news.example/gloss/embed/op-ed/', false],
    ['https://news.example/gloss/review/op-ed/', false],
    ['https://news.example/gloss/api/articles.json', false],
    ['https://news.example/gloss/oembed/op-ed/index.json', false],
    ['https://news.example/gloss/rss.xml', false],
    ['https://news.example/other/op-ed/', false],
  ])('should keep %s in the sitemap: %s', (url, kept) => {
    expect(readerPages('https://news.example', '/gloss')(url)).toBe(kept);
  });

  it('should keep an article whose slug merely starts like a hidden folder', () => {
    expect(readerPages('https://news.example', '/')('https://news.example/embedded-journalism/')).toBe(true);
  });
});
