// English only: the root module loads every locale's parsers (five times the load time).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { dropOverlaps } from '../segment/span-set.ts';
import { followsLabel } from './label-words.ts';
import { confidenceOf } from './rule-confidence.ts';
import { deriveFinancialYear, guessCountry, type DerivedDate } from './derive-dates.ts';
import { OF_SOMETHING, relativeDates } from './relative-dates.ts';

/** A calendar reference found in text, resolved to a partial date or a range. */
export interface DateFinding {
  start: number;
  end: number;
  text: string;
  from: string | null;
  to: string | null;
  /** The named rule that found it (becomes the mention's `rule`). */
  rule?: string;
  /** 0-1, how often that rule is right (becomes the mention's `confidence`). */
  confidence?: number;
  /** What the date implies beyond its words (a financial year's months). */
  derived?: DerivedDate;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const YEAR = '(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';
// Chrono reads these as dates on purpose; in an op-ed they are durations, which are figures.
const DURATION =
  /^(?:in|within|for|after|over|during)\s+(?:the\s+(?:next|coming|past|last)\s+)?(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$|^(?:the\s+)?(?:next|coming)\s+(?:\w+|\d+)\s+(?:years|months|weeks|days|hours|decades)$/i;
const VAGUE_PERIOD =
  /^(?:the\s+)?(?:last|past|next|coming|previous|recent)\s+(?:(?:few|several|many)\s+)?(?:years|months|weeks|days|decades)$/i;
const RELATIVE_PERIOD =
  /^(?:the\s+)?(?:last|past|next|coming|previous)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?)$/i;
const OF_NAMED = new RegExp(String.raw`^\s+of\s+${OF_SOMETHING}`, 'i');
const CASUAL_OK =
  /\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|past|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

const YEAR_PATTERNS: {
  rule: string;
  re: RegExp;
  resolve: (m: RegExpExecArray) => [string | null, string | null];
}[] = [
  // "from 2006 to 2017", "between 1991 and 1994"
  {
    rule: 'date.year-range',
    re: new RegExp(`\\b(?:from|between)\\s+(${YEAR})\\s+(?:to|and|until|till|through)\\s+(${YEAR})\\b`, 'gi'),
    resolve: (m) => [m[1]!, m[2]!],
  },
  // "2006-2017", "2006–17"
  {
    rule: 'date.year-range',
    re: new RegExp(`\\b(${YEAR})\\s?[-–—]\\s?(${YEAR}|\\d{2})\\b(?!\\s?%)`, 'g'),
    resolve: (m) => [m[1]!, m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2]! : m[2]!],
  },
  // "2008/09": a fiscal or academic year
  {
    rule: 'date.split-year',
    re: new RegExp(`\\b(${YEAR})/(\\d{2})\\b`, 'g'),
    resolve: (m) => [m[1]!, m[1]!.slice(0, 2) + m[2]!],
  },
  // "Q3 2024": the quarter's months
  {
    rule: 'date.quarter',
    re: new RegExp(`\\bQ([1-4])\\s?(${YEAR})\\b`, 'g'),
    resolve: (m) => {
      const q = Number(m[1]);
      return [`${m[2]}-${String(q * 3 - 2).padStart(2, '0')}`, `${m[2]}-${String(q * 3).padStart(2, '0')}`];
    },
  },
  // "summer 2023", "the winter of 1941": the year (seasons differ by hemisphere)
  {
    rule: 'date.season-year',
    re: new RegExp(`\\b(?:the\\s+)?(?:spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+(${YEAR})\\b`, 'gi'),
    resolve: (m) => [m[1]!, null],
  },
  // "early 2024", "mid-2023", "late 1990"
  {
    rule: 'date.part-of-year',
    re: new RegExp(`\\b(?:early|mid|late)[- ](${YEAR})\\b`, 'gi'),
    resolve: (m) => [m[1]!, null],
  },
  // "the 20th century" → 1901–2000
  {
    rule: 'date.century',
    re: /\b(?:the\s+)?(1\d|2[01])(?:st|nd|rd|th)[- ]century\b/gi,
    resolve: (m) => [`${Number(m[1]) - 1}01`.padStart(4, '0'), `${m[1]}00`],
  },
  // "the 1990s", "the 2010s"
  {
    rule: 'date.decade',
    re: /\b(?:the\s+)?(1[0-9]{2}|20[0-9])0s\b/g,
    resolve: (m) => [`${m[1]}0`, `${m[1]}9`],
  },
  // A bare year, when nothing counted follows it ("in 2022", "since 1991").
  {
    rule: 'date.year',
    re: new RegExp(
      `(?<![\\d.,$€£¥-])\\b(${YEAR})\\b(?![.,]\\d|\\s*%|\\s+(?:per|percent|troops|people|soldiers|tanks|shells|missiles|units|tonnes|tons)\\b)`,
      'g',
    ),
    resolve: (m) => [m[1]!, null],
  },
];
// "fiscal 2025", "FY2025", "Fiscal Year 2024", "financial year 2023": named by the year it ends in.
const FISCAL = new RegExp(`\\b(?:(?:fiscal|financial)(?:\\s+year)?|FY)\\s?(${YEAR})\\b`, 'gi');
const NAMED_BY_END = new Set(['US', 'AU', 'NZ']);
// Where a split year is a financial year unless said otherwise; elsewhere ("the 2008-09 season") it
// needs a word such as "budget" or "fiscal" nearby.
const SPLIT_YEAR_IS_FINANCIAL = new Set(['AU', 'NZ', 'GB', 'IN', 'CA']);
const FINANCIAL_WORD = /\b(?:financial|fiscal|budget|FY|tax|revenue|spending)\b/i;

function isFinancialYear(text: string, start: number, length: number, country: string | null): boolean {
  if (country && SPLIT_YEAR_IS_FINANCIAL.has(country)) return true;
  return FINANCIAL_WORD.test(text.slice(Math.max(0, start - 60), start + length + 60));
}
// A split year names a financial or academic year: "2016-17", "2008/09".
const SPLIT_YEAR = /^(\d{4})\s?[-–—/]\s?(\d{2})$/;

// Fixed-date holidays, resolved to the occurrence nearest the publication date.
const HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'new year’s day': [1, 1],
  'new year’s eve': [12, 31],
  'independence day': [7, 4],
  'bastille day': [7, 14],
  'boxing day': [12, 26],
  halloween: [10, 31],
};
const HOLIDAY_RE =
  /\b(?:Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Independence Day|Bastille Day|Boxing Day|Halloween)\b/g;

function holidays(text: string, publishedAt: string | null): DateFinding[] {
  const out: DateFinding[] = [];
  HOLIDAY_RE.lastIndex = 0;
  for (let m = HOLIDAY_RE.exec(text); m; m = HOLIDAY_RE.exec(text)) {
    const [month, day] = HOLIDAYS[m[0].toLowerCase()]!;
    let from: string | null = null;
    if (publishedAt) {
      const pub = Date.parse(publishedAt);
      const year = Number(publishedAt.slice(0, 4));
      const nearest = [year - 1, year, year + 1]
        .map((y) => Date.UTC(y, month - 1, day))
        .sort((a, b) => Math.abs(a - pub) - Math.abs(b - pub))[0]!;
      from = new Date(nearest).toISOString().slice(0, 10);
    }
    out.push(fromMatch(m, from, null, 'date.holiday'));
  }
  return out;
}

// "by the end of the year", "the start of next year": a part of a year named relative to publication.
const PART_OF_YEAR =
  /\b(?:the\s+)?(?:end|beginning|start|middle|rest|first half|second half) of (?:the|this|next|last) year\b/gi;

function partsOfYears(text: string, publishedAt: string | null): DateFinding[] {
  const out: DateFinding[] = [];
  PART_OF_YEAR.lastIndex = 0;
  for (let m = PART_OF_YEAR.exec(text); m; m = PART_OF_YEAR.exec(text)) {
    const shift = /next year/i.test(m[0]) ? 1 : /last year/i.test(m[0]) ? -1 : 0;
    const from = publishedAt ? String(Number(publishedAt.slice(0, 4)) + shift) : null;
    out.push(fromMatch(m, from, null, 'date.part-of-year'));
  }
  return out;
}

/** A finding for a whole regex match, with its rule's confidence. */
function fromMatch(m: RegExpExecArray, from: string | null, to: string | null, rule: string): DateFinding {
  return { start: m.index, end: m.index + m[0].length, text: m[0], from, to, rule, confidence: confidenceOf(rule) };
}

/**
 * Finds calendar references in text, resolved against the publication date when it is known.
 * `country` (ISO alpha-2) sets the months of financial years and the hemisphere of seasons; without
 * it, it is guessed from the text.
 */
export function extractDates(text: string, publishedAt: string | null, country?: string | null): DateFinding[] {
  const found: DateFinding[] = [];
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : null;
  for (const r of chrono.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
    const finding = fromChrono(r, text, ref !== null);
    if (finding) found.push({ ...finding, rule: 'date.chrono', confidence: confidenceOf('date.chrono') });
  }
  found.push(...holidays(text, publishedAt), ...partsOfYears(text, publishedAt), ...monthLists(text, publishedAt));
  let where: string | null | undefined = country;
  const countryOf = () => (where === undefined ? (where = guessCountry(text)) : where);
  found.push(...relativeDates(text, publishedAt, countryOf()));
  for (const { rule, re, resolve } of YEAR_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (followsLabel(text, m.index)) continue;
      const [from, to] = resolve(m);
      if (to !== null && from !== null && to < from) continue;
      const split = SPLIT_YEAR.exec(m[0]);
      const derived =
        split &&
        from &&
        to &&
        Number(to) === Number(from) + 1 &&
        isFinancialYear(text, m.index, m[0].length, countryOf())
          ? deriveFinancialYear(Number(from), Number(to), countryOf(), m[0])
          : undefined;
      // A financial year whose country is known is those months, as "Fiscal Year 2024" is.
      const months = derived && derived.start.length > 4;
      found.push({
        ...fromMatch(m, months ? derived.start : from, months ? derived.end : to, rule),
        ...(derived && { derived }),
      });
    }
  }
  FISCAL.lastIndex = 0;
  for (let m = FISCAL.exec(text); m; m = FISCAL.exec(text)) {
    const year = Number(m[1]);
    // "Fiscal Year 2024" ends in 2024 where the name is the year of the end by convention (US federal,
    // Australia, New Zealand); elsewhere, or without a country, only the year is sure.
    const where = countryOf();
    const fy = deriveFinancialYear(year - 1, year, where && NAMED_BY_END.has(where) ? where : null, m[0]);
    const known = fy.start.length > 4;
    found.push({
      ...fromMatch(m, known ? fy.start : m[1]!, known ? fy.end : null, 'date.fiscal-year'),
      ...(known && { derived: fy }),
    });
  }
  return dropOverlaps(found);
}

// "February, March, April, May": a list of three or more months is one period, first to last.
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_LIST = new RegExp(
  `\\b(${MONTH_NAMES.join('|')})(?:,\\s*(?:and\\s+)?(?:${MONTH_NAMES.join('|')})\\b){2,}`,
  'g',
);

function monthLists(text: string, publishedAt: string | null): DateFinding[] {
  const out: DateFinding[] = [];
  MONTH_LIST.lastIndex = 0;
  for (let m = MONTH_LIST.exec(text); m; m = MONTH_LIST.exec(text)) {
    const names = m[0].split(/,\s*(?:and\s+)?/);
    const resolve = (name: string) => {
      if (!publishedAt) return null;
      const month = MONTH_NAMES.indexOf(name) + 1;
      const year = Number(publishedAt.slice(0, 4)) - (month > Number(publishedAt.slice(5, 7)) ? 1 : 0);
      return `${year}-${String(month).padStart(2, '0')}`;
    };
    out.push(fromMatch(m, resolve(names[0]!), resolve(names[names.length - 1]!), 'date.month-list'));
  }
  return out;
}
function fromChrono(r: chrono.ParsedResult, text: string, anchored: boolean): DateFinding | null {
  let t = r.text.replace(/[\s,.;:]+$/, '');
  let start = r.index;
  if (/^on\s/i.test(t)) {
    start += 3;
    t = t.slice(3);
  }
  // Quarters are read by relative-dates.ts, which knows their months.
  if (DURATION.test(t) || /^now$/i.test(t) || /\bquarter\b/i.test(t)) return null;
  // "its last years", "the coming months": no count, so no period to resolve (chrono reads "last year").
  if (VAGUE_PERIOD.test(t)) return null;
  // "the last year of the war": a part of something else, not a period of the calendar.
  if (RELATIVE_PERIOD.test(t) && OF_NAMED.test(text.slice(start + t.length))) return null;
  const hasMonth = new RegExp(`\\b${MONTH}`).test(t);
  const hasYear = new RegExp(`\\b${YEAR}\\b`).test(t);
  const casual = CASUAL_OK.test(t);
  // Month names must be capitalised: "may" and "march" are usually verbs.
  if (!hasYear && !casual && !hasMonth) return null;
  if (!hasYear && !anchored) {
    // Without a publication date, a relative or year-less date cannot be resolved honestly.
    return { start, end: start + t.length, text: t, from: null, to: null };
  }
  // Newspapers use a bare weekday for the days just past: "on Monday" before a Friday is last Monday.
  // "last September", "next March": the month before or after publication, said outright.
  const lead = /\b(last|next|this)\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
  if (lead && new RegExp(`^${MONTH}$`).test(t) && anchored) {
    const d = r.start.date();
    const word = lead[1]!.toLowerCase();
    const year =
      d.getUTCFullYear() + (word === 'last' && d > r.refDate ? -1 : word === 'next' && d < r.refDate ? 1 : 0);
    const begin = start - lead[0].length;
    const month = String(d.getUTCMonth() + 1).padStart(2, '0');
    return {
      start: begin,
      end: start + t.length,
      text: text.slice(begin, start + t.length),
      from: `${year}-${month}`,
      to: null,
    };
  }
  // "May-June this year", "March last year": the year named after the months belongs to them.
  const yearAfter = /^\s+(?:of\s+)?(this|last|next) year\b/i.exec(text.slice(start + t.length, start + t.length + 16));
  if (yearAfter && hasMonth && !hasYear && anchored) {
    const shift = { this: 0, last: -1, next: 1 }[yearAfter[1]!.toLowerCase() as 'this' | 'last' | 'next'];
    const year = String(r.refDate.getUTCFullYear() + shift);
    const end = start + t.length + yearAfter[0].length;
    const month = (c: ParsedComponents) => `${year}-${String(c.get('month')).padStart(2, '0')}`;
    const to = r.end ? month(r.end) : null;
    return { start, end, text: text.slice(start, end), from: month(r.start), to: to === month(r.start) ? null : to };
  }
  const weekAgo =
    /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(t) && r.start.date() > r.refDate ? 7 * 86_400_000 : 0;
  let from = partial(r.start, t, weekAgo);
  let to = r.end ? partial(r.end, t, weekAgo) : null;
  // A month without a year is the nearest one, unless its sentence tells of the past: "agreed in
  // December", written in August, is last December.
  if (hasMonth && !hasYear && !casual && r.start.date() > r.refDate && tellsOfThePast(sentenceAround(text, start))) {
    const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
    from = back(from);
    to = to && back(to);
  }
  return { start, end: start + t.length, text: text.slice(start, start + t.length), from, to: to === from ? null : to };
}

/** The sentence around an offset: from the last full stop, question or exclamation mark to the next. */
function sentenceAround(text: string, at: number): string {
  const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at));
  const after = text.slice(at).search(/[.!?](?:\s|$)/);
  return text.slice(before + 1, after < 0 ? text.length : at + after);
}

const PAST_VERB = /\b(?:was|were|had|did|said|\w{3,}ed)\b/i;
const FUTURE_WORD = /\b(?:will|shall|going to|next|coming|upcoming|expects?|plans? to|is due|are due|from)\b|['’]ll\b/i;

/** Whether a sentence tells of the past: a past-tense verb and no word of the future. */
function tellsOfThePast(sentence: string): boolean {
  return PAST_VERB.test(sentence) && !FUTURE_WORD.test(sentence);
}

function partial(c: ParsedComponents, t: string, minus = 0): string {
  const d = new Date(c.date().getTime() - minus);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  // The precision is what the phrase names: "last year" is a year, "next month" a month.
  if (/\byears?\b/i.test(t) && !c.isCertain('month')) return y;
  if (/\bmonths?\b/i.test(t) && !c.isCertain('day')) return `${y}-${m}`;
  // "the end of November", "early March": the month, not a made-up day.
  if (
    /\b(?:end|beginning|start|middle) of\b|\b(?:early|late|mid)[- ]/i.test(t) &&
    !/\d/.test(t.replace(/\b\d{4}\b/, ''))
  )
    return `${y}-${m}`;
  // Weeks are given at month precision: "last week" names no single day.
  if (/\bweeks?\b/i.test(t)) return `${y}-${m}`;
  if (c.isCertain('day') || /\b(?:today|yesterday|tomorrow|tonight|day|days|\w+day)\b/i.test(t))
    return `${y}-${m}-${day}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  return y;
}
