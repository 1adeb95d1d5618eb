import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.ts';
import { timelineEntries } from './timeline-entries.ts';

const article = {
  publishedAt: '2024-06-20',
  dates: [
    { id: 's-d1', text: 'June 18th', start: '2024-06-18', end: null, section: 's', claims: [] },
    { id: 's-d2', text: 'one day', start: null, end: null, section: 's', claims: [] },
  ],
  figures: [
    {
      id: 's-f1',
      text: '24 years',
      value: 24,
      approximate: false,
      unit: 'years',
      section: 's',
      claims: [],
      derived: { start: '2000', end: null, approximate: true, how: 'the previous time' },
    },
    { id: 's-f2', text: '$5 million', value: 5e6, approximate: false, unit: 'USD', section: 's', claims: [] },
  ],
} as unknown as Article;

describe('timelineEntries', () => {
  it('should list resolved dates, the dates figures imply, and the publication; not unresolved dates', () => {
    const entries = timelineEntries(article);
    expect(entries.map((e) => e.id)).toEqual(['s-d1', 's-f1-derived', 'published']);
    expect(entries[1]).toMatchObject({ start: '2000', end: null, label: 'about 2000' });
    expect(entries[1]!.name).toContain('derived');
  });
});
