/**
 * Shrinks a rule's share of right answers toward 0.5 by its number of examples: a rule that
 * decided two sentences is not "100% sure". Adds `prior` pseudo-examples, half of them right.
 */
export function shrinkConfidence(right: number, decided: number, prior = 4): number {
  return Math.round(((right + prior / 2) / (decided + prior)) * 100) / 100;
}

/**
 * How often each claim rule decides right: its share of right kinds on the dev set's 217 sentences,
 * shrunk toward 0.5 by `shrinkConfidence`. Regenerate with `node bench/claim-rules.ts --table`
 * after changing a rule; a rule missing here (no dev sentence) gets 0.5.
 */
export const RULE_CONFIDENCE: Record<string, number> = {
  'claim.appeal': 0.78,
  'claim.declarative': 0.66,
  'claim.declarative-anchored': 0.88,
  'claim.deontic-modal': 0.86,
  'claim.deontic-phrase': 0.75,
  'claim.evaluative-predicate': 0.8,
  'claim.first-person-judgement': 0.78,
  'claim.future-modal': 0.95,
  'claim.imperative': 0.6,
  'claim.interpretation': 0.85,
  'claim.likelihood': 0.6,
  'claim.necessity': 0.6,
  'claim.need-judgement': 0.71,
  'claim.pledge': 0.71,
  'claim.possibility-modal': 0.75,
  'claim.question': 0.75,
  'claim.rated-superlative': 0.75,
  'claim.reported': 0.79,
  'claim.stance-marker': 0.67,
};
