import table from './rule-confidence.json' with { type: 'json' };

const CONFIDENCE: Record<string, number> = table;

/**
 * Looks up how often a named rule is right: its share of right annotations on the hand-annotated
 * dev set, shrunk toward 0.5 by `shrinkConfidence` (`npm run calibrate -- --write` rebuilds the
 * table after a rule changes). A rule not yet measured gets 0.5.
 */
export function confidenceOf(rule: string): number {
  return CONFIDENCE[rule] ?? 0.5;
}

/**
 * Shrinks a rule's share of right answers toward 0.5 by its number of examples: a rule that was
 * right twice out of two is not "100% sure". Adds `prior` pseudo-examples, half of them right.
 */
export function shrinkConfidence(right: number, decided: number, prior = 4): number {
  return Math.round(((right + prior / 2) / (decided + prior)) * 100) / 100;
}
