const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Multipliers a number word or abbreviation stands for. */
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  dozen: 12,
};

/** Regex source matching a cardinal written in words, e.g. `twenty-four`. */
export const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS)
  .filter((w) => UNITS[w]! > 0 && UNITS[w]! < 10)
  .join('|')}))?|${Object.keys(UNITS).join('|')})`;

/**
 * Regex source for a number in digits, the one every extractor uses: Western grouping (45,000),
 * South Asian grouping (1,00,000), a mixed fraction ("1 1/2", "2½"), or plain digits.
 */
export const DIGITS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+ [1-9]/[2-9](?!\d)|\d+[½¼¾]|\d+(?:\.\d+)?`;
const DIGITS_WHOLE = new RegExp(`^(?:${DIGITS})$`);
const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** Reads a cardinal written in words or digits ("twenty-four", "3,500", "1.5", "1 1/2"), or null. */
export function parseCardinal(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (DIGITS_WHOLE.test(t)) {
    const mixed = /^(\d+) (\d)\/(\d)$/.exec(t);
    if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
    const vulgar = /^(\d+)([½¼¾])$/.exec(t);
    if (vulgar) return Number(vulgar[1]) + VULGAR[vulgar[2]!]!;
    return Number(t.replace(/,/g, ''));
  }
  const half = /^(.+?)[- ]and[- ]a[- ]half$/.exec(t);
  if (half) {
    const whole = parseCardinal(half[1]!);
    return whole === null ? null : whole + 0.5;
  }
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    if (p in UNITS) total += UNITS[p]!;
    else if (p in TENS) total += TENS[p]!;
    else return null;
  }
  return total;
}
