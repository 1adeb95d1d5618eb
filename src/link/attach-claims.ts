import type { Claim } from '../model/article.ts';

/** Gives each figure and date the ids of the claims (sentences) that rest on it, context or no context. */
export function attachClaims(
  items: { id: string; section: string; claims: string[] }[],
  sections: { id: string; claims: Claim[] }[],
): void {
  const claimsOf = new Map(sections.map((s) => [s.id, s.claims]));
  for (const item of items) {
    item.claims = (claimsOf.get(item.section) ?? [])
      .filter((c) => c.figures.includes(item.id) || c.dates.includes(item.id))
      .map((c) => c.id);
  }
}
