import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSentences } from './segment-sentences.ts';

const texts = (t: string) => segmentSentences(t).map((s) => s.text);

describe('segmentSentences', () => {
  it.each([
    ['Prices rose to $41,200. The index fell.', ['Prices rose to $41,200.', 'The index fell.']],
    ['Most were aged over 70. Next came the young.', ['Most were aged over 70.', 'Next came the young.']],
    ['Inflation hit 3.5%. It then eased.', ['Inflation hit 3.5%.', 'It then eased.']],
    ['The deficit reached $5bn. Ministers met.', ['The deficit reached $5bn.', 'Ministers met.']],
    ['It was founded in 1949. “We remain,” he said.', ['It was founded in 1949.', '“We remain,” he said.']],
    ['Troops left the U.S. The war went on.', ['Troops left the U.S.', 'The war went on.']],
    ['Ridership rose 3 per cent. In 1991, it fell.', ['Ridership rose 3 per cent.', 'In 1991, it fell.']],
    ['Costs grew 12 percent. They still grow.', ['Costs grew 12 percent.', 'They still grow.']],
    ['Unemployment is 4.1 percent! Wages lag.', ['Unemployment is 4.1 percent!', 'Wages lag.']],
  ])('splits after a number or abbreviation that ends a sentence: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    'U.S. officials met Dr. Smith on Monday.',
    'Growth was 3.5 per cent in the year.',
    'The U.S. Army and Mr. Jones agreed.',
    'He counted 41,200 votes in 2.5 hours.',
    'Mrs. Lee met Prof. Ng at 10 a.m. on Friday.',
  ])('keeps one sentence whole: %s', (text) => {
    expect(texts(text)).toEqual([text]);
  });

  it('gives spans that cut their own text', () => {
    const text = 'A rose to 70. B fell.\n\nC stayed at 3.5 per cent. D left the U.S. The end.';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('covers the text in order, without overlap, whatever the text', () => {
    const piece = fc.constantFrom(
      'The',
      'U.S.',
      'Dr.',
      'rose',
      'to',
      '$41,200.',
      '70.',
      '3.5',
      'per',
      'cent.',
      'A',
      'Next',
      '!',
      '?',
      '"',
      '\n\n',
      '%',
      'officials',
      '2024',
      'It',
      'e.g.',
      'said',
      '.',
      ',',
      'bn.',
      'He',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', '  ', '\n', ''), { maxLength: 40 }),
        (ws, gaps) => {
          const text = ws.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          const spans = segmentSentences(text);
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(text.slice(last, s.start).trim()).toBe('');
            last = s.end;
          }
          expect(text.slice(last).trim()).toBe('');
        },
      ),
    );
  });
});
