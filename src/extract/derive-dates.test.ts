import { describe, expect, it } from 'vitest';
import { deriveFinancialYear, deriveFromDuration, guessCountry } from './derive-dates.ts';
import { extractFigures } from './extract-figures.ts';
import { tagWords } from '../segment/tag-words.ts';

/** The derived date of the first duration figure in the text. */
const derive = (text: string, publishedAt: string | null) => {
  const figure = extractFigures(text, tagWords(text), []).find((f) => /year|month|week|decade/.test(f.unit ?? ''));
  if (!figure) throw new Error(`no duration in ${text}`);
  return deriveFromDuration(figure, text, publishedAt);
};

describe('deriveFromDuration', () => {
  it.each([
    ['The leaders met for the first time in 24 years.', '2024-06-19', { start: '2000', end: null, approximate: true }],
    ['Prices hit their highest level in 15 years.', '2023-04-07', { start: '2008', end: null }],
    [
      'The war has persisted for nearly 30 months.',
      '2024-06-20',
      { start: '2021-12', end: '2024-06', approximate: true },
    ],
    ['The two countries have been allies for more than 50 years.', '2024-06-20', { start: '1974', end: '2024' }],
    ['Rents have risen for 18 months.', '2024-06-20', { start: '2022-12', end: '2024-06', approximate: false }],
  ])('derives a date from %j', (text, publishedAt, want) => {
    expect(derive(text, publishedAt)).toMatchObject(want);
  });

  it.each([
    ['The leaders met for the first time in 24 years.', null],
    ['The plan will run for 10 years.', '2024-06-20'],
    ['Rents will have risen for another 18 months.', '2024-06-20'],
    ['She is 24 years old.', '2024-06-20'],
    ['They signed a 10-year plan.', '2024-06-20'],
    ['The treaty lasted 30 years.', '2024-06-20'],
  ])('derives nothing from %j (no anchor, no date, future, age or compound)', (text, publishedAt) => {
    expect(derive(text, publishedAt)).toBeNull();
  });
});

describe('deriveFinancialYear', () => {
  it.each([
    [2016, 2017, 'AU', { start: '2016-07', end: '2017-06' }],
    [2016, 2017, 'US', { start: '2016-10', end: '2017-09' }],
    [2023, 2024, 'GB', { start: '2023-04', end: '2024-03' }],
    [2016, 2017, null, { start: '2016', end: '2017' }],
  ])('reads %i-%i in %s', (first, last, country, want) => {
    expect(deriveFinancialYear(first, last, country, `${first}-${String(last).slice(2)}`)).toMatchObject(want);
  });
});

describe('guessCountry', () => {
  it.each([
    ['The Albanese government spent A$800 million on housing in Australia.', 'AU'],
    ['The U.S. government gave $2 billion; Congress agreed.', 'US'],
    ['Rents rose by £200 across Britain.', 'GB'],
    ['Rents rose everywhere.', null],
  ])('places %j in %s', (text, want) => {
    expect(guessCountry(text)).toBe(want);
  });
});
