/** A stretch of a text: `start` inclusive, `end` exclusive (JS string indices). */
export interface Span {
  start: number;
  end: number;
}

/** Tracks which characters of a text are taken, so overlap checks cost the span's length, not the number of spans. */
export class SpanSet {
  readonly #taken: Uint8Array;
  constructor(length: number, spans: Iterable<Span> = []) {
    this.#taken = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }
  /** Marks a span as taken. */
  add({ start, end }: Span): void {
    this.#taken.fill(1, start, end);
  }
  /** Whether any character of the span is taken. */
  overlaps({ start, end }: Span): boolean {
    for (let i = start; i < end; i++) if (this.#taken[i]) return true;
    return false;
  }
}

/** Keeps the longest of overlapping spans (the earlier of two as long), returned in text order. */
export function dropOverlaps<T extends Span>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new SpanSet(Math.max(0, ...items.map((i) => i.end)));
  const kept: T[] = [];
  for (const item of sorted) {
    if (taken.overlaps(item)) continue;
    taken.add(item);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Finds the spans wholly inside `outer`, given spans sorted by start: a binary search, then a short walk. */
export function spansWithin<T extends Span>(sorted: T[], outer: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < outer.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < outer.end; i++) {
    if (sorted[i]!.end <= outer.end) out.push(sorted[i]!);
  }
  return out;
}
