import type { Claim, Note } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';

/** Whether a note's `match` is for a figure or date: the one contains the other. */
export const noteMatches = (match: string, text: string) => text.includes(match) || match.includes(text);

/** Finds the editor's note on a figure or date: the first entry whose `match` and the text contain one another. */
export function noteFor(contexts: LoadedContext[], key: 'figures' | 'dates', text: string): { note?: Note } {
  for (const ctx of contexts) {
    const hit = ctx.data[key].find((n) => noteMatches(n.match, text));
    if (hit) return { note: { text: hit.note, sources: hit.sources } };
  }
  return {};
}

/**
 * Applies the first editor's review whose `match` the claim contains: its kind, note and verdict.
 * Its sources go with the note, or with the verdict when there is no note: never dropped.
 */
export function applyClaimContext(claim: Claim, contexts: LoadedContext[]): Claim {
  for (const ctx of contexts) {
    const c = ctx.data.claims.find((x) => claim.text.includes(x.match));
    if (!c) continue;
    return {
      ...claim,
      ...(c.kind && { kind: c.kind, curated: true, rule: 'curated', cue: 'curated', confidence: 1 }),
      ...(c.note && { note: { text: c.note, sources: c.sources } }),
      ...(c.verdict && { verdict: { ...c.verdict, sources: c.note ? [] : c.sources } }),
    };
  }
  return claim;
}
