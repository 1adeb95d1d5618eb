import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from './extract-figures.ts';
import { extractDates } from './extract-dates.ts';
import { tagWords } from '../segment/tag-words.ts';

const figures = (text: string) => extractFigures(text, tagWords(text), extractDates(text, '2024-06-20'));
const one = (text: string) => {
  const found = figures(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};

describe('extractFigures', () => {
  it.each([
    ['Pyongyang could send a million shells.', 'a million shells', { value: 1e6, unit: 'shells', approximate: false }],
    [
      'Tehran has several hundred missiles.',
      'several hundred missiles',
      { value: null, low: 300, high: 900, approximate: true, unit: 'missiles' },
    ],
    [
      'Belarus could offer a couple of hundred tanks.',
      'a couple of hundred tanks',
      { value: 200, approximate: true, unit: 'tanks' },
    ],
    [
      'The war has gone on for nearly 30 months now.',
      'nearly 30 months',
      { value: 30, approximate: true, unit: 'months' },
    ],
    ['It made a two-day visit.', 'two-day', { value: 2, unit: 'days' }],
    ['Aid reached almost $3.5 billion.', 'almost $3.5 billion', { value: 3.5e9, unit: 'USD', approximate: true }],
    ['Ships carried 45,000 tonnes of grain.', '45,000 tonnes of grain', { value: 45000, unit: 'tonnes of grain' }],
    ['Prices rose 12% in a month.', '12%', { value: 12, unit: '%' }],
    ['Fares cover only 18 per cent of costs.', 'only 18 per cent', { value: 18, unit: '%' }],
    ['Europe spent €1.5bn on the lanes.', '€1.5bn', { value: 1.5e9, unit: 'EUR' }],
    [
      'Between 3 and 5 million people fled.',
      'Between 3 and 5 million people',
      { value: null, low: 3e6, high: 5e6, unit: 'people' },
    ],
    [
      'More than 2,000 troops arrived.',
      'More than 2,000 troops',
      { value: 2000, low: 2000, approximate: true, unit: 'troops' },
    ],
    ['Hundreds of soldiers died.', 'Hundreds of soldiers', { value: null, low: 200, high: 999, unit: 'soldiers' }],
    ['Four resolutions were adopted.', 'Four resolutions', { value: 4, unit: 'resolutions' }],
    ['The budget is 1.2 trillion rubles.', '1.2 trillion rubles', { value: 1.2e12, unit: 'RUB' }],
    ['The scheme cost Rs 2 lakh crore.', 'Rs 2 lakh crore', { value: 2e12, unit: 'INR' }],
    ['Farmers got ₹1,00,000 each.', '₹1,00,000', { value: 100000, unit: 'INR' }],
    ['Warming must stay below 1.5C this century.', '1.5C', { value: 1.5, unit: '°C' }],
    ['The fund holds USD 5 million.', 'USD 5 million', { value: 5e6, unit: 'USD' }],
    ['Ridership grew by a third.', 'a third', { value: 0.333, unit: 'share' }],
    ['More than half of voters agree.', 'More than half', { value: 0.5, low: 0.5, approximate: true, unit: 'share' }],
    ['One in five households pays.', 'One in five', { value: 0.2, unit: 'share' }],
    ['Two-thirds of the budget.', 'Two-thirds', { value: 0.667, unit: 'share' }],
    ['We import more than half our oil.', 'more than half', { value: 0.5, rule: 'figure.share' }],
    ['Thousands have been detained.', 'Thousands', { value: null, rule: 'figure.vague-quantity' }],
    ['And millions across the region need aid.', 'millions', { value: null, low: 2e6 }],
    [
      'Regulators added dozens more firms to the list.',
      'dozens',
      { value: null, low: 24, rule: 'figure.vague-quantity' },
    ],
    ['We will be twice as exposed.', 'twice', { value: 2, unit: 'times', rule: 'figure.multiplier' }],
    ['Imports grew 5 times over.', '5 times', { value: 5, rule: 'figure.multiplier' }],
    ['It stood less than a kilometer away.', 'less than a kilometer', { value: 1, high: 1, unit: 'kilometers' }],
    ['They added another dollar to the fee.', 'another dollar', { value: 1, unit: 'USD' }],
    ['It took a couple of weeks.', 'a couple of weeks', { value: 2, unit: 'weeks' }],
    ['Over a quarter-million people fled.', 'Over a quarter-million people', { value: 250000, low: 250000 }],
    ['Some 1 1/2 million people are at risk.', 'Some 1 1/2 million people', { value: 1.5e6, approximate: true }],
    ['Aid reached A$800 million.', 'A$800 million', { value: 8e8, unit: 'AUD', rule: 'figure.currency-amount' }],
    ['About 15 member states must sign.', 'About 15 member states', { value: 15, unit: 'states' }],
    ['Every day, 1 child dies of malaria.', '1 child', { value: 1, unit: 'child' }],
    ['The clubs earned R2.3 billion.', 'R2.3 billion', { value: 2.3e9, unit: 'ZAR' }],
    ['A customer sends KSh 50 for greens.', 'KSh 50', { value: 50, unit: 'KES' }],
    ['The levy raised Ksh200 million.', 'Ksh200 million', { value: 2e8, unit: 'KES' }],
    ['Lagos spent ₦500 billion.', '₦500 billion', { value: 5e11, unit: 'NGN' }],
    ['It cost RM2 billion.', 'RM2 billion', { value: 2e9, unit: 'MYR' }],
    ['They paid ZAR 40 million.', 'ZAR 40 million', { value: 4e7, unit: 'ZAR' }],
    ['The fine was 5 million rand.', '5 million rand', { value: 5e6, unit: 'ZAR' }],
  ])('should read %j', (text, span, want) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f).toMatchObject(want);
  });

  it.each([
    ['For the first time, he came on June 18th.'],
    ['The F-16 and COVID-19 are names.'],
    ['In 2022 the war began.'],
    ['One of them said no.'],
    ['She ranked 3rd in the 1990s.'],
    ['Resolution 2231 lifted sanctions under Article 5.'],
    ['The vote is at 9 pm.'],
    ['A fee came on March 1, and a third on April 1.'],
    ['It took half an hour.'],
    ['It is a one-off payment, not a one-time fix.'],
    ['A two-way street, a one-stop shop and a one-sided deal.'],
    ['Route R 2 and the R&B charts.'],
    ['The R0 of the variant rose, and the R5 road closed.'],
    ['At COP 28 they met, and PEN 15 gave prizes.'],
  ])('should find no figure in %j (ordinals, years, names, pronouns, set phrases)', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('should read a number joined to what it counts as a figure, the counted noun as its unit', () => {
    const read = (text: string) => figures(text).map((f) => `${f.text}=${f.value} ${f.unit}`);
    expect(read('A 12-bed ward, a 40-page report and a five-speed gearbox hit a 15-year high.')).toEqual([
      '12-bed=12 beds',
      '40-page=40 pages',
      'five-speed=5 speeds',
      '15-year=15 years',
    ]);
    expect(read('A 500-bedded hospital, a four-legged robot and a four-time champion.')).toEqual([
      '500-bedded=500 beds',
      'four-legged=4 legs',
      'four-time=4 times',
    ]);
  });

  it('reads two amounts joined by "and" as two figures: "and" makes a range only after "between"', () => {
    expect(figures('The clubs earned R2.3 billion and R900 million.').map((f) => [f.text, f.value, f.unit])).toEqual([
      ['R2.3 billion', 2.3e9, 'ZAR'],
      ['R900 million', 9e8, 'ZAR'],
    ]);
  });

  it('reads "from 1,200 to 4,500 people" as two figures, each counting people', () => {
    expect(figures('Crowds grew from 1,200 to 4,500 people.').map((f) => [f.text, f.value, f.unit])).toEqual([
      ['1,200', 1200, 'people'],
      ['4,500 people', 4500, 'people'],
    ]);
  });

  it('names the rule of every finding and gives it a confidence between 0 and 1', () => {
    const text = 'About 40% of 3,000 voters gave $5 million, twice the 2-day total, more than half of it.';
    for (const f of figures(text)) {
      expect(f.rule).toMatch(/^figure\.[a-z-]+$/);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('never gives a range whose low end is above its high end ("voted 31 to 14" is no range)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('', ' people', ' per cent', ' million euros', ' points'),
        (a, b, unit) => {
          for (const f of figures(`The tally went ${a} to ${b}${unit} in the end.`)) {
            if (f.low !== undefined && f.high !== undefined) expect(f.low).toBeLessThanOrEqual(f.high);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(figures('The score was 120 to 80 points.').map((f) => [f.text, f.value])).toEqual([['80 points', 80]]);
  });
});
