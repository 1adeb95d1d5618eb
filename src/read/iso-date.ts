const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month a word names, 1-12: its full English name or the first three letters or more (`Sept`). */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => w.length >= 3 && m.startsWith(w));
  return i === -1 ? undefined : i + 1;
}

/** `YYYY-MM-DD` for a year, month and day, when that day exists. */
function iso(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a whole date as an author may write it (`17 September 2025`, `Sept. 17th, 2025`,
 * `Wednesday, 17 September 2025`, `2025/9/17`, `17.09.2025`) as `YYYY-MM-DD`, to suggest in a fix.
 * Returns undefined for anything less sure: no day or no year, a day the month lacks, or digits
 * that read either way (`03/04/2025` is March or April).
 */
export function isoDate(text: string): string | undefined {
  // Not Date.parse: it reads "hello 2025" as 1 January and 31 February as 3 March.
  const t = text
    .trim()
    .replace(/^[A-Za-z]+day,?\s+/i, '')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  let m = /^(\d{1,2})\.?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a === b || a > 12) return iso(Number(m[3]), b, a);
    if (b > 12) return iso(Number(m[3]), a, b);
  }
  return undefined;
}
