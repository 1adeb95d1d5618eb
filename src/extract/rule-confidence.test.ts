import { describe, expect, it } from 'vitest';
import { confidenceOf, shrinkConfidence } from './rule-confidence.ts';

describe('shrinkConfidence', () => {
  it.each([
    [0, 0, 0.5],
    [2, 2, 0.67],
    [90, 100, 0.88],
  ])('should shrink %i right of %i toward 0.5 as %d', (right, decided, expected) => {
    expect(shrinkConfidence(right, decided)).toBe(expected);
  });
});

describe('confidenceOf', () => {
  it('should give a rule never measured the neutral 0.5, and measured rules a share from 0 to 1', () => {
    expect(confidenceOf('actor.no-such-rule')).toBe(0.5);
    for (const rule of ['actor.gazetteer', 'claim.future-modal', 'figure.percent', 'date.chrono']) {
      expect(confidenceOf(rule)).toBeGreaterThanOrEqual(0);
      expect(confidenceOf(rule)).toBeLessThanOrEqual(1);
    }
  });
});
