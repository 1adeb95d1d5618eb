// Dates the text implies but does not write: a duration anchored by its sentence ("for the first
// time in 24 years", "has persisted for nearly 30 months") and a financial year ("2016-17").
// Pure functions; nothing is derived without the publication date or an anchor in the sentence.
import { CURRENCY_BEFORE, readCurrencyPrefix } from './currencies.ts';
import type { DerivedDate } from '../model/article.ts';

export type { DerivedDate };

/** The figure a date may be derived from: its span in `text`, its value and unit. */
export interface DurationFigure {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  approximate: boolean;
}

const MONTHS_PER: Record<string, number> = { year: 12, decade: 120, month: 1, week: 0.25 };
// A record or a first "in N years" looks back to the last time: "the first time in 24 years",
// "the highest level in 15 years", "its lowest in a decade".
const LAST_TIME =
  /\b(?:first|highest|lowest|largest|biggest|smallest|worst|best|most|fewest|strongest|weakest)\b[^.;!?]{0,40}?\bin\s+(?:(?:nearly|almost|about|around|over|more than|some)\s+)?$/i;
// A state that has lasted until publication: "has persisted for", "have lived here for over".
const SINCE =
  /\b(?:has|have|had been|has been|have been)\b(?:\s+[\w’'-]+){0,5}?\s+(?:for|over)\s+(?:(?:the\s+)?(?:past|last)\s+)?$/i;
// Nothing is derived after these: "will last for 10 years", "for another 5 years".
const FUTURE = /\b(?:will|would|shall|going to|another|next|coming|more)\b[^.;!?]*$/i;

/**
 * Derives the date a duration anchors in its sentence, or null: "for the first time in 24 years"
 * (published 2024) → the previous time, about 2000; "has persisted for nearly 30 months" (published
 * June 2024) → since about December 2021. Needs the publication date; never derives from an age
 * ("24 years old"), a compound ("a 10-year plan"), or a future period.
 */
export function deriveFromDuration(
  figure: DurationFigure,
  text: string,
  publishedAt: string | null,
): DerivedDate | null {
  if (!publishedAt || figure.value === null || !figure.unit) return null;
  const unit = /^(year|decade|month|week)s?$/.exec(figure.unit)?.[1];
  if (!unit || /-/.test(figure.text)) return null;
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', figure.start) + 1);
  const before = text.slice(sentenceStart, figure.start);
  const after = text.slice(figure.end, figure.end + 12);
  if (/^\s*(?:old|of age|ago|from now|later|earlier|hence)\b/i.test(after) || FUTURE.test(before)) return null;
  const hedged = figure.approximate;
  const months = Math.round(figure.value * MONTHS_PER[unit]!);
  const at = shiftMonths(publishedAt, -months, unit === 'year' || unit === 'decade' ? 'year' : 'month');
  if (LAST_TIME.test(before))
    return {
      start: at,
      end: null,
      approximate: true,
      how: `the previous time, counted back ${figure.text} from publication`,
    };
  if (SINCE.test(before))
    return {
      start: at,
      end: publishedAt.slice(0, at.length),
      approximate: hedged || unit !== 'month',
      how: `since then, counted back ${figure.text} from publication`,
    };
  return null;
}

/** Months a financial year starts in, by country (ISO 3166 alpha-2). */
const FY_START: Record<string, { month: number; name: string }> = {
  AU: { month: 7, name: 'Australian financial year, July to June' },
  NZ: { month: 7, name: 'New Zealand financial year, July to June' },
  US: { month: 10, name: 'US federal fiscal year, October to September' },
  GB: { month: 4, name: 'UK financial year, April to March' },
  CA: { month: 4, name: 'Canadian fiscal year, April to March' },
  IN: { month: 4, name: 'Indian financial year, April to March' },
};

/**
 * Reads a financial year: a split year ("2016-17") or a year it ends in ("FY2024"), for a country or
 * null. With a known country it gives the months (2016-07 to 2017-06 in Australia); without, only
 * the years.
 */
export function deriveFinancialYear(first: number, last: number, country: string | null, label: string): DerivedDate {
  const fy = country ? FY_START[country] : undefined;
  if (!fy)
    return {
      start: String(first),
      end: String(last),
      approximate: false,
      how: `financial year ${label}: its months depend on the country`,
    };
  const pad = (m: number) => String(m).padStart(2, '0');
  return {
    start: `${last - 1}-${pad(fy.month)}`,
    end: `${last}-${pad(fy.month === 1 ? 12 : fy.month - 1)}`,
    approximate: false,
    how: fy.name,
  };
}

// Words that place a text in a country, beside its currencies.
const COUNTRY_WORDS: [string, RegExp][] = [
  ['AU', /\bAustralian?s?\b|\bCanberra\b/g],
  ['US', /\bU\.S\.|\bUnited States\b|\bCongress\b|\bAmericans?\b/g],
  ['GB', /\bU\.?K\.?\b|\bBritain\b|\bBritish\b|\bWestminster\b/g],
  ['CA', /\bCanad(?:a|ian)s?\b|\bOttawa\b/g],
  ['NZ', /\bNew Zealand(?:ers?)?\b|\bWellington\b/g],
  ['IN', /\bIndian?s?\b|\bNew Delhi\b/g],
];
const CURRENCY_RE = new RegExp(`${CURRENCY_BEFORE}(?=\\d)`, 'g');

/** Guesses the country a text is about from its currencies and names, or null when none leads. */
export function guessCountry(text: string): string | null {
  const votes = new Map<string, number>();
  const vote = (c: string | null) => c && votes.set(c, (votes.get(c) ?? 0) + 1);
  for (const m of text.matchAll(CURRENCY_RE)) vote(readCurrencyPrefix(m[0].toLowerCase())?.currency.country ?? null);
  for (const [country, re] of COUNTRY_WORDS) for (const _ of text.matchAll(re)) vote(country);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}

/** Shifts a partial ISO date by whole months, keeping `precision`. */
function shiftMonths(iso: string, months: number, precision: 'year' | 'month'): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7) || '1');
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  return precision === 'year' ? String(year) : `${year}-${String((total % 12) + 1).padStart(2, '0')}`;
}
