import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldToAscii, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Łukasz Żebrowski', 'lukasz-zebrowski'],
    ['Łódź after the mills', 'lodz-after-the-mills'],
    ['Søren Ørsted', 'soren-orsted'],
    ['Große Straße', 'grosse-strasse'],
    ['Đặng Văn Lâm', 'dang-van-lam'],
    ['Þórunn Ægisdóttir', 'thorunn-aegisdottir'],
    ['Türkiye', 'turkiye'],
    ["Europe's Future", 'europe-future'],
  ])('should keep every Latin letter of %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('should give lower-case ASCII words joined by single hyphens, or nothing, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.split('-').filter(Boolean).length).toBeLessThanOrEqual(max);
        expect(slugify(slug, max)).toBe(slug);
      }),
    );
  });

  it('should give nothing for text with no Latin letter or digit, so callers can ask for an id', () => {
    expect(slugify('Владимир Зеленский')).toBe('');
    expect(slugify('习近平')).toBe('');
  });
});

describe('foldToAscii', () => {
  it('should lower-case and fold letters, keeping everything else in place', () => {
    expect(foldToAscii('Łódź, 3 ŁÓDŹ!')).toBe('lodz, 3 lodz!');
  });
});
