/** Finds every whole-word occurrence of `needle` in `text` (a possessive ’s may follow). */
export function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      out.push(i);
  }
  return out;
}
