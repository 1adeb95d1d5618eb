import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/article.ts';
import {
  formatAmount,
  verdictTone,
  formatDateRef,
  formatFigure,
  formatPartialDate,
  relativeToPublication,
  sectionLead,
  sectionOpening,
} from './describe.ts';

const figure = (f: Partial<Figure>): Figure => ({
  id: 'f',
  text: 'x',
  value: null,
  approximate: false,
  unit: null,
  section: 's',
  claims: [],
  ...f,
});

describe('dates for readers', () => {
  it.each([
    ['2018-03-14', '14 March 2018'],
    ['2024-06', 'June 2024'],
    ['2008', '2008'],
    [null, 'unresolved'],
  ])('should write %j as %j', (d, out) => expect(formatPartialDate(d)).toBe(out));

  it('should write a range with both ends, and say when nothing resolved', () => {
    expect(formatDateRef({ start: '2016-07', end: '2017-06' })).toBe('July 2016 – June 2017');
    expect(formatDateRef({ start: null, end: null })).toMatch(/not resolved/);
  });

  it('should count days from publication only for day dates', () => {
    expect(relativeToPublication({ publishedAt: '2018-03-16' }, { start: '2018-03-14' })).toBe(
      '2 days before publication',
    );
    expect(relativeToPublication({ publishedAt: '2018-03-16' }, { start: '2018-03' })).toBeNull();
    expect(relativeToPublication({ publishedAt: null }, { start: '2018-03-14' })).toBeNull();
  });
});

describe('figures for readers', () => {
  it.each([
    [800_000_000, 'AUD', 'A$800 million'],
    [60_000_000_000, 'USD', 'US$60 billion'],
    [12_500, 'EUR', '€12,500'],
    [2_000_000, 'RUB', 'RUB 2 million'],
    [45, '%', '45%'],
    [1_200_000, 'shells', '1.2 million shells'],
    [4000, null, '4,000'],
    [5.5, 'USD', 'US$5.50'],
    [2.75, 'GBP', '£2.75'],
    [0.333, 'share', '33%'],
    [0.2, 'share', '20%'],
    [0.002, 'share', '0.2%'],
  ])('should write %d %s as %j', (n, unit, out) => expect(formatAmount(n, unit)).toBe(out));

  it.each([
    [{ value: 200, approximate: true, unit: 'tanks' }, 'about 200 tanks'],
    [{ value: null, low: 2, high: 5 }, 'between 2 and 5'],
    [{ value: 10, low: 10 }, 'more than 10'],
    [{ value: 10, high: 10 }, 'up to 10'],
    [{ value: null }, 'an unknown amount'],
  ])('should say how sure a figure is: %j', (f, out) => expect(formatFigure(figure(f))).toBe(out));
});

describe('sectionLead and sectionOpening', () => {
  it('should open a share card with the first paragraph’s words, heading or not', () => {
    expect(sectionOpening({ text: 'The state gave A$800 million.\n\nMore.' })).toBe('The state gave A$800 million.');
    const text = 'The war has lasted 30 months now. Four territories remain contested and costly.';
    expect(sectionOpening({ text }, 60)).toBe('The war has lasted 30 months now.');
    expect(sectionOpening({ text: 'No sentence ends here in reach of the limit at all, sadly.' }, 30)).toBe(
      'No sentence ends here in…',
    );
  });

  it('should lead with the heading, else the first words of the first paragraph', () => {
    expect(sectionLead({ heading: 'The money', text: 'Body.' })).toBe('The money');
    expect(
      sectionLead({ heading: null, text: 'On Wednesday the state government announced a package.\n\nMore.' }, 30),
    ).toBe('On Wednesday the state…');
  });
});

describe('verdictTone', () => {
  it('should read a verdict by its score: 1–2 false, 3 or none mixed, 4–5 true', () => {
    expect([1, 2, 3, 4, 5].map((score) => verdictTone({ score }))).toEqual(['false', 'false', 'mixed', 'true', 'true']);
    expect(verdictTone({})).toBe('mixed');
  });
});
