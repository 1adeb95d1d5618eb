// One currency table for every extractor: the symbols and codes written before an amount, the
// words written after one, and the country whose money it is (a hint for financial years).

/** A currency: its ISO code and the country that issues it (null for a shared currency). */
export interface Currency {
  code: string;
  country: string | null;
}

/** Symbols and prefixes written before an amount, lower case, mapped to their currency. */
export const CURRENCY_SYMBOLS: Record<string, Currency> = {
  us$: { code: 'USD', country: 'US' },
  a$: { code: 'AUD', country: 'AU' },
  au$: { code: 'AUD', country: 'AU' },
  c$: { code: 'CAD', country: 'CA' },
  nz$: { code: 'NZD', country: 'NZ' },
  $: { code: 'USD', country: null },
  '€': { code: 'EUR', country: null },
  '£': { code: 'GBP', country: 'GB' },
  '¥': { code: 'JPY', country: 'JP' },
  '₹': { code: 'INR', country: 'IN' },
  '₽': { code: 'RUB', country: 'RU' },
  rs: { code: 'INR', country: 'IN' },
};

/** ISO codes written before an amount ("USD 5 million"). */
export const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'INR', 'CNY', 'JPY', 'RUB', 'UAH', 'CHF', 'AUD', 'CAD', 'NZD'];

/** Currency words written after an amount ("5 million euros"), lower case. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yuan: 'CNY',
  yen: 'JPY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rupees: 'INR',
  hryvnias: 'UAH',
};

const escape = (s: string) => s.replace(/[$.]/g, (c) => `\\${c}`);
const symbols = Object.keys(CURRENCY_SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((s) => (s === 'rs' ? String.raw`Rs\.?\s?` : escape(s).replace(/[a-z]+/g, (w) => w.toUpperCase())));

/** Regex source for a currency written before an amount: a symbol ("A$", "€", "Rs.") or a code and a space. */
export const CURRENCY_BEFORE = `(?:${symbols.join('|')}|(?:${CURRENCY_CODES.join('|')})\\s)`;

/** Reads the currency at the start of a lower-cased amount ("a$800" → AUD), with its length. */
export function readCurrencyPrefix(lower: string): { currency: Currency; length: number } | null {
  const m = /^(au\$|us\$|nz\$|a\$|c\$|\$|€|£|¥|₹|₽|rs\.?|[a-z]{3}(?=\s))/.exec(lower);
  if (!m) return null;
  const key = m[1]!.replace('.', '');
  const known = CURRENCY_SYMBOLS[key];
  if (known) return { currency: known, length: m[1]!.length };
  const code = key.toUpperCase();
  return CURRENCY_CODES.includes(code) ? { currency: { code, country: null }, length: m[1]!.length } : null;
}
