import { describe, expect, it } from 'vitest';
import type { Actor, Figure } from '../model/article.ts';
import { populationShare } from './population-share.ts';

const actor = (id: string, name: string, kind: Actor['kind'] = 'country'): Actor => ({
  id,
  name,
  kind,
  aliases: [],
  role: null,
  description: null,
  links: [],
  sections: ['s'],
});
const actors = new Map(
  [actor('sudan', 'Sudan'), actor('chad', 'Chad'), actor('usaid', 'USAID', 'organization')].map((a) => [a.id, a]),
);
const figure = (value: number | null, unit: string | null): Figure => ({
  id: 's-f1',
  text: 'x',
  value,
  approximate: false,
  unit,
  section: 's',
  claims: ['s-c1'],
});
const claim = (...ids: string[]) => ({ actors: ids });

describe('populationShare', () => {
  it("should set a count of people against the one country its sentence names, with the data's year", () => {
    const s = populationShare(figure(1_200_000, 'people'), claim('usaid', 'sudan'), actors, '2024-06-20')!;
    expect(s.country).toBe('Sudan');
    expect(s.year).toBeLessThanOrEqual(2024);
    expect(s.population).toBeGreaterThan(30_000_000);
    expect(s.share).toBeCloseTo(1_200_000 / s.population, 10);
  });

  it('should take the latest year the data has up to the article, never a later one', () => {
    const early = populationShare(figure(1000, 'refugees'), claim('sudan'), actors, '1995-01-01')!;
    expect(early.year).toBe(1995);
  });

  it.each([
    ['money', figure(1_200_000, 'USD'), claim('sudan'), '2024-06-20'],
    ['no unit', figure(1_200_000, null), claim('sudan'), '2024-06-20'],
    ['no value', figure(null, 'people'), claim('sudan'), '2024-06-20'],
    ['no country', figure(1_200_000, 'people'), claim('usaid'), '2024-06-20'],
    ['two countries', figure(1_200_000, 'people'), claim('sudan', 'chad'), '2024-06-20'],
    ['no publication date', figure(1_200_000, 'people'), claim('sudan'), null],
    ['before the data begins', figure(1000, 'people'), claim('sudan'), '1950-01-01'],
    ['more people than live there', figure(900_000_000, 'people'), claim('sudan'), '2024-06-20'],
  ] as const)('should show nothing for %s', (_, f, c, publishedAt) => {
    expect(populationShare(f, c, actors, publishedAt)).toBeNull();
  });
});
