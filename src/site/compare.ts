import type { Figure } from '../model/article.ts';
import { formatAmount } from './describe.ts';

/** What the article itself lets a reader compare a figure with. */
export type Comparison =
  { kind: 'largest'; count: string; next: Figure } | { kind: 'relation'; other: Figure; words: string };

// Durations say how long, not how much: comparing "24 years" with "10 years" tells a reader nothing.
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))$/i;

const comparable = (f: Figure): f is Figure & { value: number; unit: string } =>
  f.value !== null && f.value > 0 && f.unit !== null && !TIME_UNITS.test(f.unit);

/** Names the group of figures sharing a unit, e.g. `amounts in A$`, `figures in people`. */
export function unitGroupName(unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) return `amounts in ${formatAmount(0, unit).replace(/\s?0$/, '')}`;
  return `figures in ${unit}`;
}

/** Says how `b` relates to `a` when the text sets them side by side, e.g. `about 2.7 times`. */
export function relate(b: number, a: number, unit: string, hedged = false): string {
  if (unit === '%') {
    const d = Math.round((b - a) * 10) / 10;
    if (d === 0) return 'the same as';
    // Shares differ by percentage points: 4% is 1 percentage point more than 3%, not 1% more.
    const n = Math.abs(d);
    return `${n} percentage point${n === 1 ? '' : 's'} ${d > 0 ? 'more than' : 'less than'}`;
  }
  const r = b / a;
  // "about" only where the number shown is rounded: $5.50 is exactly 2 times $2.75.
  const about = (shown: number, exact: number) => (!hedged && Math.abs(shown - exact) < 1e-9 ? '' : 'about ');
  if (r >= 2) {
    const times = r < 10 ? Math.round(r * 10) / 10 : Math.round(r);
    return `${about(times, r)}${times} times`;
  }
  if (r >= 1.05) return `${about(Math.round((r - 1) * 100), (r - 1) * 100)}${Math.round((r - 1) * 100)}% more than`;
  if (r === 1 && !hedged) return 'the same as';
  if (r > 0.95) return 'about the same as';
  return `${about(Math.round(r * 100), r * 100)}${Math.round(r * 100)}% of`;
}

/**
 * Compares the figures of one article that share a unit: the largest of each unit (when there are two
 * or more), and each figure with an earlier one in the same sentence. Durations and figures without a
 * value or unit are never compared, and different currencies never are: nothing is converted.
 */
export function compareFigures(figures: Figure[]): Map<string, Comparison[]> {
  const out = new Map<string, Comparison[]>();
  const add = (id: string, c: Comparison) => out.set(id, [...(out.get(id) ?? []), c]);
  const byUnit = new Map<string, (Figure & { value: number; unit: string })[]>();
  for (const f of figures.filter(comparable)) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  for (const [unit, group] of byUnit) {
    // A largest percentage means nothing: each is a share of a different whole.
    if (unit === '%' || new Set(group.map((f) => f.value)).size < 2) continue;
    const [top, next] = [...group].sort((a, b) => b.value - a.value);
    add(top!.id, { kind: 'largest', count: `${group.length} ${unitGroupName(unit)}`, next: next! });
  }
  for (const [i, b] of figures.entries()) {
    if (!comparable(b)) continue;
    const a = figures
      .slice(0, i)
      .findLast((x) => comparable(x) && x.unit === b.unit && x.claims.some((c) => b.claims.includes(c)));
    if (a && a.value !== b.value) {
      // Hedged figures ("some 3,000") make any ratio of them approximate.
      const hedged = !!(a.approximate || b.approximate);
      add(b.id, { kind: 'relation', other: a, words: relate(b.value, a.value!, b.unit, hedged) });
    }
  }
  return out;
}
