/** Escapes text for HTML or XML element content and attribute values (the one escaper of the site). */
export function escapeMarkup(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Truncates text at a word boundary to at most `max` characters, ending in `…` when cut (the one truncation). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  // Keep the last word only when the cut falls right after it.
  const cut = /\s/.test(text[max - 1]!) ? head : head.replace(/\s+\S*$/, '');
  // A single word longer than `max` is cut mid-word rather than dropped.
  return `${(cut || text.slice(0, max - 1)).replace(/[\s,;:]+$/, '')}…`;
}
