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
    ['17th of September, 2025', '2025-09-17'],
    ['Sept. 17th, 2025', '2025-09-17'],
    ['2025/9/17', '2025-09-17'],
    ['17.09.2025', '2025-09-17'],
    ['29 February 2024', '2024-02-29'],
    ['31 February 2025', undefined],
    ['hello 2025', undefined],
    ['tomorrow', undefined],
  ])('should read %j as %j', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });
});
