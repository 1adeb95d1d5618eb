import { describe, expect, it } from 'vitest';
import { isoDate } from './iso-date.ts';

describe('isoDate', () => {
  it.each([
    ['17 September 2025', '2025-09-17'],
    ['17th of September, 2025', '2025-09-17'],
    ['Wednesday, 17 September 2025', '2025-09-17'],
    ['September 17, 2025', '2025-09-17'],
    ['Sept. 17th, 2025', '2025-09-17'],
    ['sep 7 2025', '2025-09-07'],
    ['2025/9/17', '2025-09-17'],
    ['2025.09.17', '2025-09-17'],
    ['17.09.2025', '2025-09-17'],
    ['09/17/2025', '2025-09-17'],
    ['04/04/2025', '2025-04-04'],
    ['29 February 2024', '2024-02-29'],
  ])('should read %s as %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it.each([
    ['digits that read either way', '03/04/2025'],
    ['a day the month lacks', '31 February 2025'],
    ['no day', 'September 2025'],
    ['no year', '17 September'],
    ['words that are not a month', 'hello 2025'],
    ['a relative date', 'tomorrow'],
    ['a month number past 12', '2025-13-01'],
  ])('should not guess at %s (%s)', (_, text) => {
    expect(isoDate(text)).toBeUndefined();
  });
});
