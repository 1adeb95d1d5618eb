import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../model/article.ts';
import { toTimelineJs, toTimelineJsDate } from './timelinejs.ts';

const text = 'Talks ran from 2019 to 2021. They resumed on 3 May 2024 <again>. Nobody knows when.';
const article = ArticleSchema.parse({
  slug: 'talks',
  title: 'Talks & more',
  author: 'A. Writer',
  publishedAt: '2024-05-10',
  sections: [
    {
      id: 'talks',
      text,
      mentions: [],
      claims: [
        {
          id: 'talks-c1',
          text: 'Talks ran from 2019 to 2021.',
          start: 0,
          end: 28,
          kind: 'fact',
          cue: 'x',
          rule: 'r',
          confidence: 1,
          actors: [],
          figures: [],
          dates: ['d1'],
        },
        {
          id: 'talks-c2',
          text: 'They resumed on 3 May 2024 <again>.',
          start: 29,
          end: 64,
          kind: 'fact',
          cue: 'x',
          rule: 'r',
          confidence: 1,
          actors: [],
          figures: [],
          dates: ['d2'],
        },
      ],
    },
  ],
  actors: [],
  figures: [],
  dates: [
    { id: 'd1', text: 'from 2019 to 2021', start: '2019', end: '2021', section: 'talks', claims: ['talks-c1'] },
    {
      id: 'd2',
      text: '3 May 2024',
      start: '2024-05-03',
      end: null,
      section: 'talks',
      claims: ['talks-c2'],
      note: { text: 'In Geneva.' },
    },
    { id: 'd3', text: 'someday', start: null, end: null, section: 'talks' },
  ],
});

describe('toTimelineJs', () => {
  const json = toTimelineJs(article, (s) => `https://example.org/talks/${s}/`);

  it('should open with a title slide naming the article', () => {
    expect(json.title.text.headline).toBe('Talks &amp; more');
    expect(json.title.text.text).toContain('A. Writer');
  });

  it('should give one event per resolved date, with year, month and day as far as known', () => {
    expect(json.events.map((e) => [e.start_date, e.end_date])).toEqual([
      [{ year: '2019' }, { year: '2021' }],
      [{ year: '2024', month: '5', day: '3' }, undefined],
    ]);
    expect(json.events.map((e) => e.text.headline)).toEqual(['2019 – 2021', '3 May 2024']);
  });

  it('should quote the sentence, give the editor’s note and link the section, escaped', () => {
    const t = json.events[1]!.text.text;
    expect(t).toContain('<blockquote>They resumed on 3 May 2024 &lt;again&gt;.</blockquote>');
    expect(t).toContain('Editor’s note:</strong> In Geneva.');
    expect(t).toContain('<a href="https://example.org/talks/talks/">');
  });

  it.each([
    ['2024', { year: '2024' }],
    ['2022-09', { year: '2022', month: '9' }],
    ['2024-06-08', { year: '2024', month: '6', day: '8' }],
  ])('should turn %s into TimelineJS date parts', (d, parts) => {
    expect(toTimelineJsDate(d)).toEqual(parts);
  });
});
