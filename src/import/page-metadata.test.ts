import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPageMetadata } from './page-metadata.ts';

const meta = (head: string, body = '') =>
  readPageMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readPageMetadata', () => {
  it('should read a schema.org article in a JSON-LD array, with several authors', () => {
    const m = meta(
      ld([
        { '@type': 'BreadcrumbList' },
        {
          '@type': 'NewsArticle',
          headline: 'H',
          author: [{ '@type': 'Person', name: 'A B' }, 'C D', { name: 'E F' }],
          datePublished: '2024-01-31T23:00:00-05:00',
          publisher: { name: 'The Paper' },
          url: 'https://p.example/a',
        },
      ]),
    );
    expect(m).toMatchObject({
      headline: 'H',
      author: 'A B, C D and E F',
      publishedAt: '2024-01-31',
      publication: 'The Paper',
      sourceUrl: 'https://p.example/a',
    });
  });

  it('should follow @id references inside a @graph', () => {
    const m = meta(
      ld({
        '@graph': [
          { '@type': ['Article', 'OpinionNewsArticle'], headline: 'H', author: { '@id': '#p' } },
          { '@type': 'Person', '@id': '#p', name: 'A B' },
        ],
      }),
    );
    expect(m.author).toBe('A B');
  });

  it('should fall back to meta tags, skipping an author that is a profile URL', () => {
    const m = meta(
      '<meta property="og:title" content="T"><meta property="article:author" content="https://p.example/by/ab"><meta name="author" content="A B">' +
        '<meta name="parsely-pub-date" content="2023-05-06T10:00:00Z"><link rel="canonical" href="https://p.example/t">',
    );
    expect(m).toMatchObject({ title: 'T', author: 'A B', publishedAt: '2023-05-06', sourceUrl: 'https://p.example/t' });
  });

  it('should read the date from a <time> element when nothing else gives it', () => {
    expect(meta('', '<article><time datetime="2022-02-03">3 Feb</time></article>').publishedAt).toBe('2022-02-03');
    expect(meta('', '<p><time>February 3, 2022</time></p>').publishedAt).toBe('2022-02-03');
  });

  it('should decode entities that publishers leave in JSON-LD', () => {
    expect(meta(ld({ '@type': 'BlogPosting', headline: 'We can&#8217;t wait &amp; see' })).headline).toBe(
      'We can’t wait & see',
    );
  });

  it('should ignore a broken JSON-LD block', () => {
    expect(meta('<script type="application/ld+json">{ nope</script><meta name="author" content="A B">').author).toBe(
      'A B',
    );
  });
});
