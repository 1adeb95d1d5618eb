import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpanSet, dropOverlaps, spansWithin } from './span-set.ts';

const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 15 })).map(([start, n]) => ({ start, end: start + n }));

describe('dropOverlaps', () => {
  it.each([
    [
      'keeps the longer of two overlapping spans',
      [
        { start: 0, end: 3 },
        { start: 2, end: 9 },
      ],
      [{ start: 2, end: 9 }],
    ],
    [
      'keeps the earlier of two as long',
      [
        { start: 4, end: 8 },
        { start: 2, end: 6 },
      ],
      [{ start: 2, end: 6 }],
    ],
    [
      'keeps touching spans, in text order',
      [
        { start: 5, end: 9 },
        { start: 0, end: 5 },
      ],
      [
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ],
    ],
  ])('%s', (_, input, kept) => {
    expect(dropOverlaps(input)).toEqual(kept);
  });

  it('should leave no two spans overlapping, and drop a span only for a longer or equal one it overlaps', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), (spans) => {
        const kept = dropOverlaps(spans);
        const set = new SpanSet(100);
        for (const k of kept) {
          expect(set.overlaps(k)).toBe(false);
          set.add(k);
        }
        for (const s of spans) expect(set.overlaps(s)).toBe(true);
      }),
    );
  });
});

describe('spansWithin', () => {
  it('should find exactly the spans wholly inside another, as a filter would', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, (spans, outer) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
        expect(spansWithin(sorted, outer)).toEqual(sorted.filter((s) => s.start >= outer.start && s.end <= outer.end));
      }),
    );
  });
});
