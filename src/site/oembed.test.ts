import { describe, expect, it } from 'vitest';
import { oembedFor } from './oembed.ts';
import { embedSnippets } from './embed-code.ts';

const article = { slug: 'housing', title: 'Homes & <the> "city"', author: 'A. Writer', sourceUrl: null };
const site = new URL('https://news.example/');

describe('oembedFor', () => {
  it('should describe a section as a rich embed: a fallback link, then the iframe', () => {
    const o = oembedFor(article, 'money', 2, site);
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Homes & <the> "city", section 2',
      author_name: 'A. Writer',
      width: 600,
    });
    expect(o).not.toHaveProperty('author_url');
    expect(o.html).toMatch(/^<blockquote class="gloss-embed"><a href="https:\/\/news\.example\/housing\/money\/">/);
    expect(o.html).toContain('<iframe src="https://news.example/embed/housing/money/"');
  });

  it('should start a section at the height of the copyable embed code, lazy, marked for the loader', () => {
    const o = oembedFor(article, 'money', 2, site);
    const code = embedSnippets(article, { id: 'money' }, 2, site);
    expect(o.html).toContain(`height="${o.height}"`);
    expect(code.iframe).toContain(`height="${o.height}"`);
    expect(o.html).toMatch(/<iframe [^>]*loading="lazy"[^>]*data-gloss-embed>/);
  });

  it('should escape the title in the html, so no text can open an element', () => {
    const { html } = oembedFor(article, 'index', undefined, site);
    expect(html).toContain('Homes &amp; &lt;the&gt; &quot;city&quot;');
    expect(html).not.toContain('<the>');
  });

  it.each([
    ['index', 'https://news.example/embed/housing/', 1200],
    ['timeline', 'https://news.example/embed/housing/timeline/', 500],
  ])('should embed %s', (page, src, height) => {
    const o = oembedFor(article, page, undefined, site);
    expect(o.html).toContain(`src="${src}"`);
    expect(o.height).toBe(height);
  });
});
