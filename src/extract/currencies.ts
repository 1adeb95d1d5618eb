// One currency table for every extractor: the symbols and codes written before an amount, the
// words written after one, and the country whose money it is (a hint for financial years).

/** A currency: its ISO code and the country that issues it (null for a shared currency). */
export interface Currency {
  code: string;
  country: string | null;
}

/**
 * Symbols and prefixes written before an amount, lower case, mapped to their currency: the signs of
 * the major currencies and the prefixes the English-language press of each country writes ("R2.3
 * billion" in South Africa, "KSh 50" in Kenya, "RM2 billion" in Malaysia).
 */
export const CURRENCY_SYMBOLS: Record<string, Currency> = {
  us$: { code: 'USD', country: 'US' },
  a$: { code: 'AUD', country: 'AU' },
  au$: { code: 'AUD', country: 'AU' },
  c$: { code: 'CAD', country: 'CA' },
  nz$: { code: 'NZD', country: 'NZ' },
  hk$: { code: 'HKD', country: 'HK' },
  s$: { code: 'SGD', country: 'SG' },
  r$: { code: 'BRL', country: 'BR' },
  $: { code: 'USD', country: null },
  '€': { code: 'EUR', country: null },
  '£': { code: 'GBP', country: 'GB' },
  '¥': { code: 'JPY', country: 'JP' },
  '₹': { code: 'INR', country: 'IN' },
  '₽': { code: 'RUB', country: 'RU' },
  '₦': { code: 'NGN', country: 'NG' },
  '₩': { code: 'KRW', country: 'KR' },
  '₱': { code: 'PHP', country: 'PH' },
  '₺': { code: 'TRY', country: 'TR' },
  '₴': { code: 'UAH', country: 'UA' },
  '₪': { code: 'ILS', country: 'IL' },
  'gh₵': { code: 'GHS', country: 'GH' },
  rs: { code: 'INR', country: 'IN' },
  ksh: { code: 'KES', country: 'KE' },
  kshs: { code: 'KES', country: 'KE' },
  ush: { code: 'UGX', country: 'UG' },
  tsh: { code: 'TZS', country: 'TZ' },
  rm: { code: 'MYR', country: 'MY' },
  rp: { code: 'IDR', country: 'ID' },
  r: { code: 'ZAR', country: 'ZA' },
};

/** ISO codes written before an amount ("USD 5 million"); none that is also a word or acronym (COP, PEN, MAD). */
export const CURRENCY_CODES = [
  ...['USD', 'EUR', 'GBP', 'INR', 'CNY', 'JPY', 'RUB', 'UAH', 'CHF', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'KRW'],
  ...['ZAR', 'KES', 'NGN', 'GHS', 'UGX', 'TZS', 'EGP', 'ETB', 'XOF', 'XAF'],
  ...['BRL', 'MXN', 'ARS', 'CLP', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'ISK'],
  ...['PKR', 'BDT', 'LKR', 'NPR', 'IDR', 'MYR', 'THB', 'VND', 'ILS', 'SAR', 'AED', 'QAR', 'KWD', 'IRR'],
];

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
  rupee: 'INR',
  rupees: 'INR',
  hryvnias: 'UAH',
  rand: 'ZAR',
  naira: 'NGN',
  shillings: 'KES',
  cedis: 'GHS',
  pesos: 'MXN',
  francs: 'CHF',
  lira: 'TRY',
  ringgit: 'MYR',
  rupiah: 'IDR',
  baht: 'THB',
  won: 'KRW',
  dirhams: 'AED',
  riyals: 'SAR',
  zlotys: 'PLN',
  kronor: 'SEK',
  kroner: 'NOK',
};

const escape = (s: string) => s.replace(/[$.]/g, (c) => `\\${c}`);
// Letters are written as the press writes them, in that case only ("Rs", "KSh" or "Ksh", "RM": not
// "rm 204" or "Ron 5"); a prefix of letters may take a full stop and a space before the amount
// ("Rs. 500", "KSh 50"), except "R", which must touch an amount that reads as money: with a scale
// or thousands ("R2.3 billion", "R1,200"), not "R0", "the R5 road" or "R2 was 0.8".
const WRITTEN: Record<string, string> = {
  rs: 'Rs',
  ksh: 'K[Ss]h',
  kshs: 'K[Ss]hs',
  ush: 'USh',
  tsh: 'TSh',
  rm: 'RM',
  rp: 'Rp',
  r: 'R',
  hk$: 'HK\\$',
  'gh₵': 'GH₵',
};
const symbols = Object.keys(CURRENCY_SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((s) => {
    const written = WRITTEN[s] ?? escape(s).replace(/[a-z]+/g, (w) => w.toUpperCase());
    if (!/[a-z]/.test(s)) return written;
    if (!/[a-z]$/.test(s)) return `(?-i:${written})`;
    return s.length === 1
      ? String.raw`(?-i:${written})(?=\d{1,3}(?:,\d{3})+\b|\d+(?:\.\d+)?\s?(?:bn|mn|m|k|million|billion|trillion)\b)`
      : String.raw`(?-i:${written})\.?\s?(?=\d)`;
  });

/**
 * Regex source for a currency written before an amount: a symbol ("A$", "€", "Rs.") or a code and
 * a space, the letters in their own case even in a case-insensitive pattern.
 */
export const CURRENCY_BEFORE = `(?:${symbols.join('|')}|(?-i:${CURRENCY_CODES.join('|')})\\s)`;

const PREFIX = new RegExp(
  String.raw`^(${Object.keys(CURRENCY_SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .map((s) => (!/[a-z]$/.test(s) ? escape(s) : s.length === 1 ? `${s}(?=\\d)` : `${escape(s)}\\.?(?=\\s?\\d)`))
    .join('|')}|[a-z]{3}(?=\s))`,
);

/** Reads the currency at the start of a lower-cased amount ("a$800" → AUD, "ksh 50" → KES), with its length. */
export function readCurrencyPrefix(lower: string): { currency: Currency; length: number } | null {
  const m = PREFIX.exec(lower);
  if (!m) return null;
  const key = m[1]!.replace('.', '');
  const known = CURRENCY_SYMBOLS[key];
  if (known) return { currency: known, length: m[1]!.length };
  const code = key.toUpperCase();
  return CURRENCY_CODES.includes(code) ? { currency: { code, country: null }, length: m[1]!.length } : null;
}
