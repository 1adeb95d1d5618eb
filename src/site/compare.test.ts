import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/article.ts';
import { compareFigures, relate } from './compare.ts';

let n = 0;
const fig = (value: number | null, unit: string | null, claims: string[], text = `${value} ${unit}`): Figure => ({
  id: `f${++n}`,
  text,
  value,
  approximate: false,
  unit,
  section: 's',
  claims,
});

describe('relate', () => {
  it.each([
    [800, 300, 'AUD', 'about 2.7 times'],
    [3140, 100, 'people', 'about 31 times'],
    [122.4, 100, 'people', 'about 22% more than'],
    [101, 100, 'people', 'about the same as'],
    [29.6, 100, 'people', 'about 30% of'],
    // Exact ratios are said without "about": $5.50 is 2 times $2.75.
    [5.5, 2.75, 'USD', '2 times'],
    [3000, 100, 'people', '30 times'],
    [120, 100, 'people', '20% more than'],
    [100, 100, 'people', 'the same as'],
    [30, 100, 'people', '30% of'],
    [45, 18, '%', '27 percentage points more than'],
    [18, 45, '%', '27 percentage points less than'],
    [4, 3, '%', '1 percentage point more than'],
  ])('should relate %d to %d %s as %j', (b, a, unit, out) => expect(relate(b, a, unit)).toBe(out));

  it('should say "about" of any ratio between hedged figures ("some 3,000"), exact or not', () => {
    expect(relate(3000, 100, 'people', true)).toBe('about 30 times');
    expect(relate(100, 100, 'people', true)).toBe('about the same as');
  });
});

describe('compareFigures', () => {
  it('should name the largest of a unit and relate figures set side by side in one sentence', () => {
    const big = fig(8e8, 'AUD', ['c1'], 'A$800 million');
    const small = fig(3e8, 'AUD', ['c1'], 'A$300 million');
    const other = fig(1.2e8, 'AUD', ['c2'], 'A$120 million');
    const out = compareFigures([big, small, other]);
    expect(out.get(big.id)).toEqual([{ kind: 'largest', count: '3 amounts in A$', next: small }]);
    expect(out.get(small.id)).toEqual([{ kind: 'relation', other: big, words: 'about 38% of' }]);
    expect(out.has(other.id)).toBe(false);
  });

  it.each([
    ['different currencies', [fig(8e8, 'AUD', ['c']), fig(6e10, 'USD', ['c'])]],
    ['durations', [fig(24, 'years', ['c']), fig(30, 'months', ['c']), fig(10, 'years', ['c'])]],
    ['no unit', [fig(4, null, ['c']), fig(9, null, ['c'])]],
    ['no value', [fig(null, 'people', ['c']), fig(9, 'people', ['d'])]],
    ['a single figure of its unit', [fig(12000, 'people', ['c'])]],
    ['the same value twice', [fig(5, 'people', ['c']), fig(5, 'people', ['d'])]],
    ['percentages in different sentences', [fig(45, '%', ['c']), fig(18, '%', ['d'])]],
  ])('should show nothing for %s', (_, figures) => {
    expect(compareFigures(figures).size).toBe(0);
  });
});
