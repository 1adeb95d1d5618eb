// Slugs and ids: lower-case ASCII letters and digits joined by hyphens, made from any Latin text.

// Letters that Unicode does not decompose into a base letter and a mark, so that stripping marks
// would drop them ("Łódź" → "odz"): written as their usual ASCII transliteration instead.
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ŋ: 'ng',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/** Lower-cases text and writes its Latin letters in ASCII: "Łódź" → "lodz", "Große" → "grosse". */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!);
}

/** Slugifies text: its first `maxWords` words, possessives dropped, in ASCII, joined by hyphens. */
export function slugify(text: string, maxWords = 6): string {
  const words = foldToAscii(text)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-');
}
