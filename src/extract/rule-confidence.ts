import table from './rule-confidence.json' with { type: 'json' };

const CONFIDENCE: Record<string, number> = table;

/**
 * Looks up how often a named rule is right: its share of right findings on the hand-annotated dev
 * set, shrunk toward 0.5 for small counts (`bench/calibrate-confidence.ts --write` rebuilds the
 * table). A rule not yet measured gets 0.5.
 */
export function confidenceOf(rule: string): number {
  return CONFIDENCE[rule] ?? 0.5;
}
