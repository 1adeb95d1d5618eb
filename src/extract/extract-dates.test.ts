import { describe, expect, it } from 'vitest';
import { extractDates } from './extract-dates.ts';

const dates = (text: string, publishedAt: string | null = '2024-06-20') =>
  extractDates(text, publishedAt).map((d) => ({ text: d.text, from: d.from, to: d.to }));

describe('extractDates', () => {
  it.each([
    ['On June 18th, he flew.', 'June 18th', '2024-06-18', null],
    ['Annexed in September 2022.', 'September 2022', '2022-09', null],
    ['From 2006 to 2017, four passed.', 'From 2006 to 2017', '2006', '2017'],
    ['Between 1991 and 1994 it grew.', 'Between 1991 and 1994', '1991', '1994'],
    ['The plan for fiscal 2025 is out.', 'fiscal 2025', '2025', null],
    ['Today the council meets.', 'Today', '2024-06-20', null],
    ['Last year prices rose.', 'Last year', '2023', null],
    ['The vote was on Tuesday.', 'Tuesday', '2024-06-18', null],
    ['On Thursday, he resigned.', 'Thursday', '2024-06-20', null],
    ['In the 1990s, it was different.', 'the 1990s', '1990', '1999'],
    ['It was signed on May 5, 2021.', 'May 5, 2021', '2021-05-05', null],
    ['Since 2014 the war has gone on.', '2014', '2014', null],
    ['Prices peaked in mid-2023.', 'mid-2023', '2023', null],
    ['Hunger will rise by the end of the year.', 'the end of the year', '2024', null],
    ['Rates fall at the start of next year.', 'the start of next year', '2025', null],
    ['Growth in Q3 2024 was weak.', 'Q3 2024', '2024-07', '2024-09'],
    ['In summer 2023 prices fell.', 'summer 2023', '2023', null],
    ['Talks ran June 18-19.', 'June 18-19', '2024-06-18', '2024-06-19'],
    ['It lasted from March to May 2022.', 'March to May 2022', '2022-03', '2022-05'],
    ['Delegates met last September.', 'last September', '2023-09', null],
    ['They vote next March.', 'next March', '2025-03', null],
    ['The 20th century was bloody.', 'The 20th century', '1901', '2000'],
  ])('should resolve %j', (text, span, from, to) => {
    expect(dates(text)).toEqual([{ text: span, from, to }]);
  });

  it.each([
    ['Seventy-five years ago today, twelve allies met.', 'Seventy-five years ago today', '1949-06-20', null],
    ['A decade ago, things changed.', 'A decade ago', '2014', null],
    ['Four months ago we asked.', 'Four months ago', '2024-02', null],
    ['We were stronger two winters ago.', 'two winters ago', '2022', '2023'],
    ['Five years from now, who knows.', 'Five years from now', '2029', null],
    ['In ten years, if we do nothing, we will pay.', 'In ten years', '2034', null],
    ['In two-and-a-half years, we will be twice as weak.', 'In two-and-a-half years', '2026', null],
    ['Over the past three decades, wages fell.', 'Over the past three decades', '1994', '2024'],
    ['Prices rose in the last two years.', 'the last two years', '2022', '2024'],
    ['This summer, the system broke down.', 'This summer', '2024-06', '2024-08'],
    ['Last winter was cold.', 'Last winter', '2023', '2024'],
    ['Rain fell in May-June this year.', 'May-June this year', '2024-05', '2024-06'],
    ['February, March, April, May: nothing passed.', 'February, March, April, May', '2024-02', '2024-05'],
    ['I vetoed it last week.', 'last week', '2024-06', null],
    ['Aid reached $1 billion in Fiscal Year 2024, the U.S. government said.', 'Fiscal Year 2024', '2023-10', '2024-09'],
    ['The 2016-17 budget gave Australia A$5 billion.', '2016-17', '2016-07', '2017-06'],
  ])('should resolve the relative or listed date in %j', (text, span, from, to) => {
    expect(dates(text)).toEqual([{ text: span, from, to }]);
  });

  it('should give a split year the months of its financial year when the country is known', () => {
    expect(extractDates('The 2016-17 budget gave Australia A$5 billion.', '2024-06-20')[0]?.derived).toMatchObject({
      start: '2016-07',
      end: '2017-06',
    });
    expect(extractDates('The 2016-17 budget was tight.', '2024-06-20', null)[0]?.derived).toMatchObject({
      start: '2016',
      end: '2017',
    });
    expect(extractDates('The 2016-17 budget was tight.', '2024-06-20', 'US')[0]?.derived).toMatchObject({
      start: '2016-10',
      end: '2017-09',
    });
  });

  it('should derive no financial year from a split year that names a season', () => {
    expect(extractDates('The 2008-09 season was their best.', '2024-06-20', 'US')[0]?.derived).toBeUndefined();
  });

  it.each([
    'For the first time in 24 years, he came.',
    'In the next 30 days we act.',
    'Effective immediately, the rules change.',
    'For many months now, talks have stalled.',
    'In the months ahead, we will see.',
    'We will act soon, and by then it may be late.',
    'He was 24 years old.',
  ])('should find no date in %j (durations, vague or event-tied time)', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('should name the rule of every finding', () => {
    const text = 'Five years ago, on June 18th, in 2016-17 and over the past two years, this summer.';
    for (const d of extractDates(text, '2024-06-20')) expect(d.rule).toMatch(/^date\.[a-z-]+$/);
  });

  it('should treat durations as figures, not dates', () => {
    expect(dates('For the first time in 24 years, he came.')).toEqual([]);
    expect(dates('It may not suffice, and troops march on.')).toEqual([]);
    expect(dates('2,000 troops and 2000 tanks.')).toEqual([]);
    expect(dates('Resolution 1718 banned it; Flight 1905 landed.')).toEqual([]);
  });

  it('should leave vague periods and periods of something else alone', () => {
    // No count: no period to resolve.
    expect(dates('Labour built few homes in its last years in office.', '2025-03-01')).toEqual([]);
    expect(dates('Over the past years, and in the coming months, rents rose.', '2025-03-01')).toEqual([]);
    // A part of a war, a term or a plan, not of the calendar.
    expect(dates('The last years of the war were hard.', '2025-03-01')).toEqual([]);
    expect(dates('In the last year of his term he signed it.', '2025-03-01')).toEqual([]);
    expect(dates('In the past two years of the plan, little was built.', '2025-03-01')).toEqual([]);
    // "few", "several": still no count.
    expect(dates('In the last few years, and over the past several months, rents rose.', '2025-03-01')).toEqual([]);
    // "of" what is no named thing: still a period of the calendar.
    expect(dates('Rents rose over the past ten years of Tory rule.', '2025-03-01')).toEqual([
      { text: 'over the past ten years', from: '2015', to: '2025' },
    ]);
    expect(dates('It was the last decade of austerity.', '2025-03-01')).toEqual([
      { text: 'the last decade', from: '2015', to: '2025' },
    ]);
    expect(dates('Over the past one year, rents rose.', '2025-03-01')).toEqual([
      { text: 'Over the past one year', from: '2024', to: '2025' },
    ]);
    // With a count, or said of the calendar, they are periods.
    expect(dates('Rents rose in the last two years.', '2025-03-01')).toEqual([
      { text: 'the last two years', from: '2023', to: '2025' },
    ]);
    expect(dates('Prices rose last year.', '2025-03-01')).toEqual([{ text: 'last year', from: '2024', to: null }]);
  });

  it('should resolve a weekday to the most recent one before publication', () => {
    // 2023-07-21 was a Friday: "on Monday" in that day's paper is 17 July.
    expect(dates('On Monday, Moscow walked away.', '2023-07-21')[0]?.from).toBe('2023-07-17');
  });

  it('should leave relative dates unresolved when the publication date is unknown', () => {
    expect(dates('He spoke on June 18th.', null)).toEqual([{ text: 'June 18th', from: null, to: null }]);
    expect(dates('In September 2022 they voted.', null)).toEqual([
      { text: 'September 2022', from: '2022-09', to: null },
    ]);
  });
});

describe('dates resolved by the sentence and the calendar', () => {
  const at = (text: string, publishedAt: string, country: string | null = null) =>
    extractDates(text, publishedAt, country).map((d) => [d.text, d.from, d.to]);

  it.each([
    // A year-less month is the nearest one, unless the sentence tells of the past.
    ['The ministers agreed in November to freeze fares.', '2023-08-10', ['November', '2022-11', null]],
    // A plan named in the sentence is a noun, not a word of the future; planning to do is one.
    ['The Relief Plan, agreed in December, gives up to $500.', '2023-08-10', ['December', '2022-12', null]],
    ['The council plans to vote in December, as it said.', '2023-08-10', ['December', '2023-12', null]],
    ['Fares will be frozen in November.', '2023-08-10', ['November', '2023-11', null]],
    ['The board resigned in March.', '2023-10-02', ['March', '2023-03', null]],
    // Seasons count back from the last one that has ended, across New Year.
    ['Orders slowed last fall.', '2025-02-12', ['last fall', '2024-09', '2024-11']],
    ['Orders slowed last autumn.', '2025-10-20', ['last autumn', '2024-09', '2024-11']],
    ['This summer the pools reopen.', '2025-02-12', ['This summer', '2025-06', '2025-08']],
    ['Next summer the pools reopen.', '2025-07-10', ['Next summer', '2026-06', '2026-08']],
    ['Two winters ago the grid failed.', '2025-02-12', ['Two winters ago', '2022', '2023']],
    // Quarters relative to publication.
    ['Sales fell last quarter.', '2025-02-12', ['last quarter', '2024-10', '2024-12']],
    ['Sales should recover next quarter.', '2024-12-01', ['next quarter', '2025-01', '2025-03']],
  ] as const)('should read %j (published %s)', (text, publishedAt, want) => {
    expect(at(text, publishedAt)).toContainEqual(want);
  });

  it('should give seasons the months of the hemisphere the article is written in', () => {
    // South of the equator summer spans New Year and winter is mid-year.
    expect(at('This summer the pools reopen.', '2025-02-12', 'AU')).toContainEqual(['This summer', '2024', '2025']);
    expect(at('Last winter the grid failed.', '2025-02-12', 'NZ')).toContainEqual([
      'Last winter',
      '2024-06',
      '2024-08',
    ]);
    expect(at('Next spring the plan starts.', '2025-02-12', 'ZA')).toContainEqual([
      'Next spring',
      '2025-09',
      '2025-11',
    ]);
    expect(at('Two autumns ago prices fell.', '2025-07-10', 'AR')).toContainEqual([
      'Two autumns ago',
      '2024-03',
      '2024-05',
    ]);
    // The same sentences in the north, or where the country is not known.
    expect(at('This summer the pools reopen.', '2025-02-12', 'GB')).toContainEqual([
      'This summer',
      '2025-06',
      '2025-08',
    ]);
    expect(at('Last winter the grid failed.', '2025-02-12', null)).toContainEqual(['Last winter', '2023', '2024']);
    // Without a country given, it is guessed from the text's currencies and names.
    const guessed = extractDates('Last winter, Australians paid A$500 more.', '2025-02-12');
    expect(guessed.map((d) => [d.text, d.from, d.to])).toContainEqual(['Last winter', '2024-06', '2024-08']);
  });

  it('should give a financial year its months where the country is known, and only its years elsewhere', () => {
    expect(at('Rents rose 9% in 2021-22.', '2023-08-10', 'AU')).toContainEqual(['2021-22', '2021-07', '2022-06']);
    expect(at('Council budgets for 2022-23 were cut.', '2024-03-14', 'GB')).toContainEqual([
      '2022-23',
      '2022-04',
      '2023-03',
    ]);
    expect(at('Council budgets for 2022-23 were cut.', '2024-03-14', null)).toContainEqual(['2022-23', '2022', '2023']);
  });

  it('should read a quarter of a named year as its months', () => {
    expect(at('Sales fell in the last quarter of 2024.', '2025-02-12')).toContainEqual([
      'the last quarter of 2024',
      '2024-10',
      '2024-12',
    ]);
    expect(at('Sales rose in the first quarter of 2023.', '2025-02-12')).toContainEqual([
      'the first quarter of 2023',
      '2023-01',
      '2023-03',
    ]);
  });
});
