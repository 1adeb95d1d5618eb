/** Tracks which characters of a text are taken, so overlap checks cost the span's length, not the number of spans. */
export class SpanSet {
  readonly #taken: Uint8Array;
  constructor(length: number, spans: Iterable<{ start: number; end: number }> = []) {
    this.#taken = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }
  /** Marks a span as taken. */
  add({ start, end }: { start: number; end: number }): void {
    this.#taken.fill(1, start, end);
  }
  /** Whether any character of the span is taken. */
  overlaps({ start, end }: { start: number; end: number }): boolean {
    for (let i = start; i < end; i++) if (this.#taken[i]) return true;
    return false;
  }
}
