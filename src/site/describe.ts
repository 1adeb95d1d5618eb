import type { Actor, Article, ClaimKind, DateRef, Figure, Section } from '../model/article.ts';
import { truncate } from './text.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a partial date as readers write it: `2018-03-14` → `14 March 2018`, `2024-06` → `June 2024`. */
export function formatPartialDate(d: string | null): string {
  if (!d) return 'unresolved';
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day ?? 1)));
  return (day ? DAY : MONTH).format(at);
}

/** Formats a date reference as a point or a range. */
export function formatDateRef(d: Pick<DateRef, 'start' | 'end'>): string {
  if (!d.start) return 'not resolved (no publication date)';
  return d.end ? `${formatPartialDate(d.start)} – ${formatPartialDate(d.end)}` : formatPartialDate(d.start);
}

const COMPACT = new Intl.NumberFormat('en', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 3,
});
const PLAIN = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const CENTS = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// "One in 500" is 0.2%, not 0%.
const SMALL_SHARE = new Intl.NumberFormat('en', { maximumSignificantDigits: 1 });

/** Formats a number as readers write it: `800000000` → `800 million`, `12500` → `12,500`. */
export function formatNumber(n: number): string {
  return Math.abs(n) >= 1_000_000 ? COMPACT.format(n) : PLAIN.format(n);
}

// A currency's symbol, looked up once: every page formats its article's figures again.
const symbols = new Map<string, string>();
const symbolOf = (currency: string) => {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    symbol =
      new Intl.NumberFormat('en-GB', { style: 'currency', currency })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency;
    symbols.set(currency, symbol);
  }
  return symbol;
};

/** Formats an amount in a unit: currencies with their symbol (`A$800 million`), `%` and shares as percentages, others after. */
export function formatAmount(n: number, unit: string | null): string {
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    const symbol = symbolOf(unit);
    // Money with cents keeps both digits: `$5.50`, not `$5.5`.
    const amount = Math.abs(n) < 1_000_000 && !Number.isInteger(n) ? CENTS.format(n) : formatNumber(n);
    return `${symbol}${/^[A-Z]+$/.test(symbol) ? ' ' : ''}${amount}`;
  }
  if (unit === '%') return `${PLAIN.format(n)}%`;
  // A share of a whole ("a third", "two in five") reads as a percentage.
  if (unit === 'share') return `${n * 100 < 1 ? SMALL_SHARE.format(n * 100) : Math.round(n * 100)}%`;
  return unit ? `${formatNumber(n)} ${unit}` : formatNumber(n);
}

/** Formats a figure's value for readers, with its certainty, e.g. `about 2 million tonnes`, `between 2 and 5`. */
export function formatFigure(f: Figure): string {
  const num = (n: number) => formatAmount(n, f.unit);
  if (f.value === null && f.low !== undefined && f.high !== undefined)
    return `between ${num(f.low)} and ${num(f.high)}`;
  if (f.value === null) return 'an unknown amount';
  if (f.low === f.value && f.high === undefined) return `more than ${num(f.value)}`;
  if (f.high === f.value && f.low === undefined) return `up to ${num(f.value)}`;
  return `${f.approximate ? 'about ' : ''}${num(f.value)}`;
}

/** Human labels for the kinds, used in boxes, indexes and accessible names. */
export const CLAIM_LABELS: Record<ClaimKind, string> = {
  fact: 'Fact',
  forecast: 'Forecast',
  recommendation: 'Recommendation',
  opinion: 'Opinion',
};
/**
 * How a verdict reads at a glance, from its 1 (false) to 5 (true) score: `false` (1–2) in the
 * alarm colour, `true` (4–5) in the all-clear one, `mixed` (3, or no score) in the text's own.
 */
export function verdictTone(verdict: { score?: number | undefined }): 'false' | 'mixed' | 'true' {
  if (verdict.score === undefined) return 'mixed';
  return verdict.score <= 2 ? 'false' : verdict.score >= 4 ? 'true' : 'mixed';
}
export const CLAIM_MARKS: Record<ClaimKind, string> = { fact: 'F', forecast: 'P', recommendation: 'R', opinion: 'O' };
export const ACTOR_LABELS: Record<Actor['kind'], string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organisation',
  place: 'Place',
  group: 'Group',
};

/** Days between publication and a date, in words, for the timeline. */
export function relativeToPublication(article: Pick<Article, 'publishedAt'>, d: Pick<DateRef, 'start'>): string | null {
  if (!article.publishedAt || !d.start || d.start.length < 10) return null;
  const days = Math.round((Date.parse(d.start) - Date.parse(article.publishedAt)) / 86_400_000);
  if (days === 0) return 'the day of publication';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} publication`;
}

/** A section's lead sentence, used for share cards and descriptions. */
export function leadSentence(section: Pick<Section, 'text' | 'claims'>): string {
  return section.claims[0]?.text ?? truncate(section.text, 200);
}

/** A section's opening words, for share cards and headings: its first paragraph, cut after a sentence where one ends in reach, else at a word. */
export function sectionOpening(section: Pick<Section, 'text'>, max = 220): string {
  const para = section.text.split('\n\n')[0]!;
  if (para.length <= max) return para;
  const ends = [...para.slice(0, max + 1).matchAll(/[.!?]["”’)]?(?=\s)/g)].map((m) => m.index + m[0].length);
  const end = ends.at(-1);
  return end && end > max / 3 ? para.slice(0, end) : truncate(para, max);
}

/** A section's own first words, for permalink headings: its heading, else its opening words. */
export function sectionLead(section: Pick<Section, 'text' | 'heading'>, max = 90): string {
  return section.heading ?? sectionOpening(section, max);
}
