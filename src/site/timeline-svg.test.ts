import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateSpan, layoutTimeline, type Box, type TimelineEntry, type TimelineLayout } from './timeline-svg.ts';

const ORIENTATIONS = ['horizontal', 'vertical'] as const;
const point = (id: string, start: string, label = start): TimelineEntry => ({
  id,
  start,
  end: null,
  label,
  name: label,
});
const range = (id: string, start: string, end: string, label = `${start} – ${end}`): TimelineEntry => ({
  id,
  start,
  end,
  label,
  name: label,
});
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
// Where a mark sits along the time axis: a dot's centre, a band's start.
const along = (l: TimelineLayout, m: TimelineLayout['marks'][number]) =>
  l.orientation === 'horizontal' ? m.shape.x : m.shape.y;

const partialDate = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) =>
    m === 0
      ? `${y}`
      : d === 0
        ? `${y}-${String(m).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const entry = fc
  .tuple(
    partialDate,
    fc.option(partialDate, { nil: null }),
    fc.oneof(fc.string({ minLength: 1, maxLength: 36 }), fc.stringMatching(/^[a-z]{20,36}$/)),
    fc.boolean(),
  )
  .map(([a, b, label, published]) => {
    const [start, end] = b && dateSpan(b)[0] > dateSpan(a)[0] ? [a, b] : [a, null];
    return { start, end, label: label.trim() || 'x', published };
  });
const entries = fc
  .array(entry, { minLength: 1, maxLength: 14 })
  .map((es) => es.map((e, i) => ({ ...e, id: `d${i}`, name: e.label, published: e.published && i === 0 })));

describe('layoutTimeline', () => {
  it('should draw nothing when there are no dates', () => {
    for (const orientation of ORIENTATIONS) expect(layoutTimeline([], { orientation })).toBeNull();
  });

  it('should draw a single date as one dot inside the chart', () => {
    for (const orientation of ORIENTATIONS) {
      const l = layoutTimeline([point('a', '2024-06-18', '18 June 2024')], { orientation })!;
      expect(l.marks).toHaveLength(1);
      const m = l.marks[0]!;
      expect(m).toMatchObject({ kind: 'point', dataStart: '2024-06-18', dataEnd: '2024-06-18' });
      expect(m.shape.x).toBeGreaterThan(0);
      expect(m.shape.x).toBeLessThan(l.width);
      expect(m.shape.y).toBeGreaterThan(0);
      expect(m.shape.y).toBeLessThan(l.height);
    }
  });

  it('should draw a range as a band spanning its years and a point as a dot', () => {
    for (const orientation of ORIENTATIONS) {
      const l = layoutTimeline([range('r', '2006', '2017'), point('p', '2022-09')], { orientation })!;
      const [r, p] = l.marks;
      expect(r).toMatchObject({ id: 'r', kind: 'range', dataStart: '2006', dataEnd: '2017' });
      expect(p).toMatchObject({ id: 'p', kind: 'point', dataStart: '2022-09', dataEnd: '2022-09' });
      const length = orientation === 'horizontal' ? r!.shape.w : r!.shape.h;
      const whole = orientation === 'horizontal' ? l.axis[2] - l.axis[0] : l.axis[3] - l.axis[1];
      // 12 of about 17 years drawn: the band covers well over half the axis.
      expect(length / whole).toBeGreaterThan(0.55);
      expect(p!.shape.w).toBe(0);
    }
  });

  it('should mark the publication date on the axis', () => {
    const l = layoutTimeline(
      [point('a', '2024-06-18'), { ...point('published', '2024-06-20', 'Published 20 June 2024'), published: true }],
      { orientation: 'horizontal' },
    )!;
    const pub = l.marks.find((m) => m.published)!;
    expect(l.publishedRule).not.toBeNull();
    expect(l.publishedRule![0]).toBe(pub.shape.x);
    expect(layoutTimeline([point('a', '2024')], { orientation: 'horizontal' })!.publishedRule).toBeNull();
  });

  it('should order marks in time, with the publication date after a date on the same day', () => {
    const l = layoutTimeline(
      [
        { ...point('published', '2024-06-20'), published: true },
        point('b', '2024-06-20'),
        point('a', '2024-06-18'),
        range('r', '2006', '2017'),
      ],
      { orientation: 'vertical' },
    )!;
    expect(l.marks.map((m) => m.id)).toEqual(['r', 'a', 'b', 'published']);
  });

  it('should keep marks in time order, labels apart and everything inside the chart, for any dates', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom(...ORIENTATIONS), (es, orientation) => {
        const l = layoutTimeline(es, { orientation })!;
        const starts = l.marks.map((m) => dateSpan(m.dataStart)[0]);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        const pos = l.marks.map((m) => along(l, m));
        for (let i = 1; i < pos.length; i++)
          if (starts[i]! > starts[i - 1]!) expect(pos[i]!).toBeGreaterThanOrEqual(pos[i - 1]!);
        for (const [i, a] of l.marks.entries()) {
          for (const b of l.marks.slice(i + 1)) expect(overlaps(a.label, b.label), `${a.id} ${b.id}`).toBe(false);
          expect(a.label.x).toBeGreaterThanOrEqual(0);
          expect(a.label.x + a.label.w).toBeLessThanOrEqual(l.width);
          expect(a.label.y + a.label.h).toBeLessThanOrEqual(l.height);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should keep two dots days apart from hiding each other', () => {
    for (const orientation of ORIENTATIONS) {
      const l = layoutTimeline(
        [
          range('r', '2006', '2017'),
          point('a', '2024-06-18'),
          { ...point('published', '2024-06-20'), published: true },
        ],
        { orientation },
      )!;
      const [, a, b] = l.marks;
      expect(Math.hypot(a!.shape.x - b!.shape.x, a!.shape.y - b!.shape.y), orientation).toBeGreaterThanOrEqual(12);
    }
  });

  it('should place ticks on the axis in order', () => {
    for (const orientation of ORIENTATIONS) {
      const l = layoutTimeline([range('r', '2006', '2017'), point('p', '2024-06-18')], { orientation })!;
      expect(l.ticks.length).toBeGreaterThan(1);
      const at = l.ticks.map((t) => t.at);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(l.ticks[0]!.label).toMatch(/^\d{4}$/);
    }
  });
});
