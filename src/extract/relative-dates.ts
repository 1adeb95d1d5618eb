// Dates written as an offset from publication ("a decade ago", "Five years from now", "In ten
// years," at a clause start), a period up to it ("over the past three decades") or a season
// ("This summer", "two winters ago"). chrono-node misses or misreads these; durations that no
// offset word anchors ("for 24 years", "the next 30 days") stay figures.
import { confidenceOf } from './rule-confidence.ts';
import { DIGITS, parseCardinal, WORD_NUMBER } from './number-words.ts';
import type { DateFinding } from './extract-dates.ts';
import { matchBefore } from './match-before.ts';

// After "of", a determiner or possessive names something a period is part of: "of the war", "of his term".
export const OF_SOMETHING = String.raw`(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b`;
const COUNT = `(?:${DIGITS}|${WORD_NUMBER}(?:[- ]and[- ]a[- ]half)?|an?)`;
const UNIT = '(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|winters?|summers?|springs?|autumns?|falls?)';
// "75 years ago", "Seventy-five years ago today", "a decade ago", "two winters ago"; "Five years
// from now", "ten years hence". The keyword is found first, then the count and unit before it.
const AGO = /\bago(?<today>\s+today)?\b/gi;
const FROM_NOW = /\b(?:from\s+(?:now|today)|hence)\b/gi;
const COUNT_UNIT = new RegExp(`(?<![\\w-])(?<n>${COUNT})\\s+(?<unit>${UNIT})\\s+$`, 'i');
// "In ten years, we will…": an offset when it opens a sentence or clause about the future; "the
// first time in 24 years" and "In two years, sales doubled" are durations.
const IN_OFFSET = new RegExp(
  `(?:^|[.!?;:,]["”’]?\\s+)(?<in>[Ii]n|[Ww]ithin)\\s+(?<n>${COUNT})\\s+(?<unit>years?|months?|decades?)(?=\\s*,|\\s+(?:we|it|the|this|there|I|you|they|he|she|our)\\b)(?=[^.!?]*\\b(?:will|shall|going to)\\b|[^.!?]*['’]ll\\b)`,
  'g',
);
// "over the past three decades", "in the last two years", "over the past (one) decade": from that
// far back up to publication. Not "the last years" (vague: no count) or "the last two years of the
// war" (a part of something named); "the last decade of austerity" is still a period.
const PAST_PERIOD = new RegExp(
  `\\b(?:(?<prep>over|during|in|for)\\s+)?the\\s+(?:past|last|previous)\\s+(?:(?<n>${COUNT})\\s+(?<units>years|months|weeks|decades|centuries)|(?:(?<one>one|1)\\s+)?(?<unit>year|decade|century))\\b(?!\\s+of\\s+${OF_SOMETHING})`,
  'gi',
);
// "This summer", "last winter", "next spring".
const SEASON = /\b(?<which>this|last|next|that)\s+(?<season>summer|winter|spring|autumn|fall)\b/gi;

// "last quarter", "this quarter", "next quarter" (not "the last quarter of 2024", a part of a year).
const QUARTER = /\b(?<which>this|last|next|the previous|the past|the current|the coming)\s+quarter\b(?!\s+of\b)/gi;

// "the first quarter of 2023", "the last quarter of 2024".
const QUARTER_OF_YEAR =
  /\bthe\s+(?<which>first|second|third|fourth|final|last)\s+quarter\s+of\s+(?<year>(?:19|20)\d{2})\b/gi;
const QUARTER_NUMBER: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, final: 3, last: 3 };

// A season's first month in the northern hemisphere; south of the equator, six months on.
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** Countries (ISO alpha-2) whose people live south of the equator, with its seasons: summer at New Year. */
const SOUTHERN = new Set(['AR', 'AU', 'BO', 'BR', 'BW', 'CL', 'LS', 'MZ', 'NA', 'NZ', 'PY', 'SZ', 'UY', 'ZA']);
const MONTHS: Record<string, number> = { year: 12, decade: 120, century: 1200, month: 1, week: 0, day: 0 };

/**
 * Finds offsets, past periods and seasons, resolved against the publication date (null without
 * it); seasons by the hemisphere of `country` (ISO alpha-2; northern when unknown).
 */
export function relativeDates(text: string, publishedAt: string | null, country: string | null = null): DateFinding[] {
  const south = country !== null && SOUTHERN.has(country);
  const out: DateFinding[] = [];
  const add = (start: number, end: number, from: string | null, to: string | null, rule: string) =>
    out.push({ start, end, text: text.slice(start, end), from, to, rule, confidence: confidenceOf(rule) });
  const offsets = [
    ...matchBefore(text, AGO, COUNT_UNIT).map((m) => ({ ...m, sign: -1 })),
    ...matchBefore(text, FROM_NOW, COUNT_UNIT).map((m) => ({ ...m, sign: 1 })),
  ];
  IN_OFFSET.lastIndex = 0;
  for (let m = IN_OFFSET.exec(text); m; m = IN_OFFSET.exec(text)) {
    const start = m.index + m[0].search(/[Ii]n|[Ww]ithin/);
    offsets.push({ start, end: m.index + m[0].length, groups: m.groups!, keyword: '', sign: 1 });
  }
  for (const { start, end, groups: g, sign } of offsets) {
    const n = count(g.n!);
    if (n === null) continue;
    const unit = singular(g.unit!);
    if (unit in SEASON_MONTHS) {
      const [from, to] = publishedAt ? seasonAgo(publishedAt, unit, sign * n, false, south) : [null, null];
      add(start, end, from, to, 'date.relative-offset');
      continue;
    }
    const from = publishedAt ? shift(publishedAt, unit, sign * n, !!g.today) : null;
    add(start, end, from, null, 'date.relative-offset');
  }
  PAST_PERIOD.lastIndex = 0;
  for (let m = PAST_PERIOD.exec(text); m; m = PAST_PERIOD.exec(text)) {
    const g = m.groups!;
    const n = g.n ? count(g.n) : 1;
    if (n === null) continue;
    // "in"/"for"/"during" are bare prepositions; "over the last three years" keeps its "over".
    const start = g.prep && !/^over$/i.test(g.prep) ? m.index + g.prep.length + 1 : m.index;
    const unit = singular((g.units ?? g.unit)!);
    const from = publishedAt ? shift(publishedAt, unit, -n, false) : null;
    const to = publishedAt && from ? publishedAt.slice(0, from.length) : null;
    add(start, m.index + m[0].length, from, to, 'date.past-period');
  }
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const which = m.groups!.which!.toLowerCase();
    if (which === 'that') continue;
    const season = m.groups!.season!.toLowerCase();
    const shiftBy = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const [from, to] = publishedAt ? seasonAgo(publishedAt, season, shiftBy, which === 'this', south) : [null, null];
    add(m.index, m.index + m[0].length, from, to, 'date.season');
  }
  QUARTER_OF_YEAR.lastIndex = 0;
  for (let m = QUARTER_OF_YEAR.exec(text); m; m = QUARTER_OF_YEAR.exec(text)) {
    const q = QUARTER_NUMBER[m.groups!.which!.toLowerCase()]!;
    const [from, to] = quarterFrom(`${m.groups!.year}-${String(q * 3 + 1).padStart(2, '0')}`, 0);
    add(m.index, m.index + m[0].length, from, to, 'date.quarter-of-year');
  }
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(text); m; m = QUARTER.exec(text)) {
    const which = m.groups!.which!.toLowerCase();
    const n = /last|previous|past/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
    const [from, to] = publishedAt ? quarterFrom(publishedAt, n) : [null, null];
    add(m.index, m.index + m[0].length, from, to, 'date.quarter-relative');
  }
  return out;
}

function count(raw: string): number | null {
  const t = raw.toLowerCase();
  return t === 'a' || t === 'an' ? 1 : parseCardinal(t);
}

function singular(unit: string): string {
  const u = unit.toLowerCase();
  return u === 'centuries' ? 'century' : u === 'falls' ? 'fall' : u.replace(/s$/, '');
}

/** Shifts a publication date by `n` units, at the unit's precision (weeks at month precision). */
function shift(iso: string, unit: string, n: number, day: boolean): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else d.setUTCMonth(d.getUTCMonth() + Math.round(MONTHS[unit]! * n));
  const full = d.toISOString().slice(0, 10);
  if (day || unit === 'day') return full;
  if (unit === 'month' || unit === 'week') return full.slice(0, 7);
  return full.slice(0, 4);
}

/** The calendar quarter `n` quarters from the one publication falls in, as its first and last months. */
function quarterFrom(iso: string, n: number): [string, string] {
  const index = Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7) || '1') - 1) / 3) + n;
  const year = Math.floor(index / 4);
  const first = (index % 4) * 3 + 1;
  const pad = (m: number) => String(m).padStart(2, '0');
  return [`${year}-${pad(first)}`, `${year}-${pad(first + 2)}`];
}

/**
 * The season `n` seasons from the one last completed before publication (n = -1: the last one; 0
 * with `current`: the one of the publication's year, begun or not), in the northern hemisphere's
 * months or, with `south`, the southern's. The season that spans New Year (the north's winter, the
 * south's summer) is given at year precision.
 */
function seasonAgo(iso: string, season: string, n: number, current = false, south = false): [string, string | null] {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7) || '6');
  const first = ((SEASON_MONTHS[season]! + (south ? 6 : 0) - 1) % 12) + 1;
  // Months counted from year 0, so a season's end compares with publication across New Year.
  const published = year * 12 + month - 1;
  const endsAfter = (y: number) => y * 12 + first - 1 + 3;
  let latestEnded = year;
  while (endsAfter(latestEnded) > published) latestEnded--;
  const thisYears = first === 12 && month <= 2 ? year - 1 : year;
  let notBegun = year - 1;
  while (notBegun * 12 + first - 1 <= published) notBegun++;
  const startYear = current ? thisYears : n < 0 ? latestEnded + n + 1 : notBegun + n - 1;
  if (first === 12) return [String(startYear), String(startYear + 1)];
  const pad = (m: number) => String(m).padStart(2, '0');
  return [`${startYear}-${pad(first)}`, `${startYear}-${pad(first + 2)}`];
}
