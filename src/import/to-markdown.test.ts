import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import {
  cleanTree,
  htmlToMarkdownTree,
  mdText,
  parseHtml,
  parseMarkdown,
  safeUrl,
  stringifyMarkdown,
} from './to-markdown.ts';

const paragraphOf = (value: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
});
const htmlToMd = (html: string) => stringifyMarkdown(cleanTree(htmlToMarkdownTree(parseHtml(html)))).trim();

describe('to-markdown', () => {
  it('should write any paragraph so that reading it back gives the same text and no HTML', () => {
    const text = fc
      .string({
        unit: fc.constantFrom(...'ab <>&*_[]()#!`\\|~-+=1.:"\'/\n'.split(''), 'é', 'javascript:', '<script>', '-->'),
        maxLength: 60,
      })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(text, (value) => {
        const back = parseMarkdown(stringifyMarkdown(paragraphOf(value)));
        expect(back.children.map((n) => n.type)).toEqual(['paragraph']);
        expect(mdText(back).replace(/\s+/g, ' ').trim()).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p>', 'Hi there'],
    ['<p>Hi <a href="https://a.example/x" onmouseover="x()">there</a></p>', 'Hi [there](https://a.example/x)'],
    ['<p>A</p><script>alert(1)</script><iframe src="https://x"></iframe><p>B</p>', 'A\n\nB'],
    ['<figure><img src="x.jpg"><figcaption>Caption</figcaption></figure><p>Text</p>', 'Text'],
    ['<p>Text<img src="x" onerror="alert(1)"></p>', 'Text'],
    ['<p><em>it</em> and <strong>bold</strong> and <del>gone</del></p>', '_it_ and **bold** and gone'],
    ['<table><tr><td>Cell one</td><td>Cell two</td></tr></table>', 'Cell one\n\nCell two'],
    ['<p>&nbsp;</p><p>a&nbsp;b</p>', 'a b'],
    ['<p><a href="#h.x1">Background</a></p><p>See <a href="#h.x1">below</a>.</p>', 'See below.'],
  ])('should make %s safe and plain', (html, md) => {
    expect(htmlToMd(html)).toBe(md);
  });

  it.each([
    ['https://example.org/a', undefined, 'https://example.org/a'],
    ['mailto:desk@example.org', undefined, 'mailto:desk@example.org'],
    ['javascript:alert(1)', undefined, undefined],
    [' JavaScript:alert(1)', 'https://example.org', undefined],
    ['data:text/html,<script>', undefined, undefined],
    ['/news/a', undefined, undefined],
    ['/news/a', 'https://example.org/opinion/b', 'https://example.org/news/a'],
    ['https://www.google.com/url?q=https://example.org/x&sa=D&source=editors', undefined, 'https://example.org/x'],
    ['https://www.google.com/url?q=javascript:alert(1)', undefined, undefined],
  ])('should turn the link %j (base %j) into %j', (url, base, safe) => {
    expect(safeUrl(url, base)).toBe(safe);
  });
});
