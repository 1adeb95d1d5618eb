import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildArticle } from './build-article.ts';
import { readArticle } from '../read/read-article.ts';
import type { Article } from '../model/article.ts';

const build = (body: string, publishedAt = '2024-06-20') =>
  buildArticle(readArticle('prop.md', new TextEncoder().encode(`---\npublishedAt: ${publishedAt}\n---\n${body}`)), []);

function assertSpans(article: Article) {
  for (const s of article.sections) {
    // Mentions never overlap one another: each is one link in the text.
    const sorted = [...s.mentions].sort((a, b) => a.start - b.start);
    sorted
      .slice(1)
      .forEach((m, i) =>
        expect(m.start, `${m.text} overlaps ${sorted[i]!.text}`).toBeGreaterThanOrEqual(sorted[i]!.end),
      );
    for (const m of [...s.mentions, ...s.claims]) {
      expect(s.text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const m of s.mentions) {
      const ids = m.kind === 'actor' ? article.actors : m.kind === 'figure' ? article.figures : article.dates;
      expect(
        ids.some((x) => x.id === m.ref),
        `${m.kind} ${m.ref} exists`,
      ).toBe(true);
    }
  }
}

// Words that exercise every extractor, mixed with arbitrary text (emoji, RTL, odd punctuation).
const vocabulary = fc.constantFrom(
  'President',
  'Vladimir',
  'Putin’s',
  'Moscow',
  'NATO',
  'the West',
  'UN Security Council',
  'on June 18th',
  'in 24 years',
  'from 2006 to 2017',
  'a million shells',
  'several hundred',
  'almost $3.5 billion',
  '12%',
  'last year',
  'on Tuesday',
  'four',
  'two-day',
  '130 million Mexicans',
  'Ukrainians',
  'Andrés Manuel López Obrador',
  'López Obrador',
  'a third',
  'Mr.',
  '—',
  '“',
  '”',
  '’s',
  '.',
  ',',
  ';',
  '!',
  '?',
  '🇺🇦',
  '👍🏽',
  'مرحبا',
  'שלום',
  'e\u0301',
  '\u200f',
  '1,000',
  'tonnes of grain',
);
const token = fc.oneof(
  vocabulary,
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
);
const paragraph = fc.array(token, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ').replace(/\n/g, ' '));
const body = fc
  .array(paragraph, { minLength: 1, maxLength: 4 })
  .map((ps) => ps.join('\n\n'))
  .filter((b) => /[\p{L}\p{N}]/u.test(b) && !/^\s*(?:[-*+>#]|\d+[.)])/m.test(b));

describe('mention and claim spans', () => {
  it('should slice every section text to exactly the mention or claim text, for any input', () => {
    fc.assert(
      fc.property(body, (b) => {
        let article: Article;
        try {
          article = build(b);
        } catch (error) {
          // Only the author-facing "no text" error is acceptable for odd input.
          expect((error as Error).name).toBe('GlossError');
          expect((error as Error).message).toMatch(/no paragraphs of text/);
          return;
        }
        assertSpans(article);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('should survive one giant paragraph with emoji and right-to-left text', () => {
    const sentence =
      'On June 18th 🇺🇦 President Vladimir Putin met NATO in Moscow about a million shells; שלום עולם مرحبا. ';
    const article = build(sentence.repeat(2000));
    expect(article.sections).toHaveLength(1);
    expect(article.sections[0]!.claims.length).toBeGreaterThan(1000);
    assertSpans(article);
  }, 30_000);
});
