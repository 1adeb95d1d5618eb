import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Figure } from '../model/article.ts';
import { layoutFigureBars } from './figure-bars.ts';

const fig = (id: string, value: number | null, unit: string | null, extra: Partial<Figure> = {}): Figure => ({
  id,
  text: id,
  value,
  approximate: false,
  unit,
  section: 's',
  claims: [],
  ...extra,
});

describe('layoutFigureBars', () => {
  it('should draw a chart only for a unit two or more figures share', () => {
    const charts = layoutFigureBars([
      fig('a', 12, 'GBP'),
      fig('b', 200, 'GBP'),
      fig('c', 3, 'drivers'),
      fig('d', 5, null),
    ]);
    expect(charts.map((c) => [c.unit, c.bars.map((b) => b.id)])).toEqual([['GBP', ['a', 'b']]]);
  });

  it('should draw nothing when no unit is shared', () => {
    expect(layoutFigureBars([fig('a', 1, 'x'), fig('b', 2, 'y')])).toEqual([]);
    expect(layoutFigureBars([])).toEqual([]);
  });

  it('should skip figures with no value or a value that cannot be drawn from zero', () => {
    const charts = layoutFigureBars([fig('a', null, '%'), fig('b', -3, '%'), fig('c', 4, '%'), fig('d', 8, '%')]);
    expect(charts[0]!.bars.map((b) => b.id)).toEqual(['c', 'd']);
  });

  it('should draw a range to its high end', () => {
    const [chart] = layoutFigureBars([fig('a', null, 'tanks', { low: 100, high: 200 }), fig('b', 400, 'tanks')]);
    expect(chart!.bars[0]!.reach).toBeCloseTo(chart!.bars[1]!.length / 2);
  });

  it('should keep lengths proportional to values, within the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1e12, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (values) => {
          const [chart] = layoutFigureBars(
            values.map((v, i) => fig(`f${i}`, v, 'u')),
            500,
          );
          const max = Math.max(...values);
          for (const [i, b] of chart!.bars.entries()) {
            expect(b.length).toBeLessThanOrEqual(500);
            if (b.length > 2) expect(b.length / (500 - 4)).toBeCloseTo(values[i]! / max, 6);
          }
        },
      ),
    );
  });
});
