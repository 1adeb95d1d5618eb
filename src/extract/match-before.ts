/** A match found by `matchBefore`: its span and the named groups of the words before the keyword. */
export interface BeforeMatch {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  keyword: string;
}

/**
 * Finds phrases that end in a keyword ("five years ago", "5 times"): scans for the keyword first,
 * then reads the few words before it with `before` (anchored with `$`). Long alternations such as
 * number words are then tried near the keyword only, not at every position of a long text.
 */
export function matchBefore(text: string, keyword: RegExp, before: RegExp, reach = 48): BeforeMatch[] {
  const out: BeforeMatch[] = [];
  keyword.lastIndex = 0;
  for (let k = keyword.exec(text); k; k = keyword.exec(text)) {
    const from = Math.max(0, k.index - reach);
    const m = before.exec(text.slice(from, k.index));
    if (!m) continue;
    out.push({
      start: from + m.index,
      end: k.index + k[0].length,
      groups: { ...m.groups, ...k.groups },
      keyword: k[0],
    });
  }
  return out;
}
