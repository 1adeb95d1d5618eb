import { describe, expect, it } from 'vitest';
import { toIsoDate } from './dates.ts';

describe('toIsoDate', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025-03-14T23:30:00-04:00', '2025-03-14'], // the publisher's own date, not UTC's
    ['June 3, 2025', '2025-06-03'],
    ['3 June 2025', '2025-06-03'],
    ['Tuesday, June 3, 2025', '2025-06-03'],
    ['Published June 3, 2025', '2025-06-03'],
    ['Mar. 14, 2025 6:00 a.m. ET', '2025-03-14'],
    ['June 3', undefined], // no year: not a publication date
    ['March 2025', undefined],
    ['The rain fell on June 3, 2025', undefined], // a sentence, not a dateline
    ['2025-02-30', undefined],
    ['', undefined],
  ])('should read %j as %j', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });
});
