import * as chrono from 'chrono-node';
import { SpanSet } from '../segment/span-set.ts';

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
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const YEAR = '(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';
// Chrono reads these as dates on purpose; in an op-ed they are durations, which are figures.
const DURATION =
  /^(?:in|within|for|after|over)\s+(?:the\s+(?:next|past|last)\s+)?(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/i;
const CASUAL_OK =
  /\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|past|coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

const YEAR_PATTERNS: { re: RegExp; resolve: (m: RegExpExecArray) => [string | null, string | null] }[] = [
  // "from 2006 to 2017", "between 1991 and 1994"
  {
    re: new RegExp(`\\b(?:from|between)\\s+(${YEAR})\\s+(?:to|and|until|till|through)\\s+(${YEAR})\\b`, 'gi'),
    resolve: (m) => [m[1]!, m[2]!],
  },
  // "2006-2017", "2006–17"
  {
    re: new RegExp(`\\b(${YEAR})\\s?[-–—]\\s?(${YEAR}|\\d{2})\\b(?!\\s?%)`, 'g'),
    resolve: (m) => [m[1]!, m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2]! : m[2]!],
  },
  // "2008/09": a fiscal or academic year
  {
    re: new RegExp(`\\b(${YEAR})/(\\d{2})\\b`, 'g'),
    resolve: (m) => [m[1]!, m[1]!.slice(0, 2) + m[2]!],
  },
  // "Q3 2024": the quarter's months
  {
    re: new RegExp(`\\bQ([1-4])\\s?(${YEAR})\\b`, 'g'),
    resolve: (m) => {
      const q = Number(m[1]);
      return [`${m[2]}-${String(q * 3 - 2).padStart(2, '0')}`, `${m[2]}-${String(q * 3).padStart(2, '0')}`];
    },
  },
  // "summer 2023", "the winter of 1941": the year (seasons differ by hemisphere)
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+(${YEAR})\\b`, 'gi'),
    resolve: (m) => [m[1]!, null],
  },
  // "early 2024", "mid-2023", "late 1990"
  {
    re: new RegExp(`\\b(?:early|mid|late)[- ](${YEAR})\\b`, 'gi'),
    resolve: (m) => [m[1]!, null],
  },
  // "the 20th century" → 1901–2000
  {
    re: /\b(?:the\s+)?(1\d|2[01])(?:st|nd|rd|th)[- ]century\b/gi,
    resolve: (m) => [`${Number(m[1]) - 1}01`.padStart(4, '0'), `${m[1]}00`],
  },
  // "fiscal 2025", "FY2025"
  { re: new RegExp(`\\b(?:fiscal(?:\\s+year)?|FY)\\s?(${YEAR})\\b`, 'gi'), resolve: (m) => [m[1]!, null] },
  // "the 1990s", "the 2010s"
  {
    re: /\b(?:the\s+)?(1[0-9]{2}|20[0-9])0s\b/g,
    resolve: (m) => [`${m[1]}0`, `${m[1]}9`],
  },
  // A bare year, when nothing counted follows it ("in 2022", "since 1991").
  {
    re: new RegExp(
      `(?<![\\d.,$€£¥-])\\b(${YEAR})\\b(?![.,]\\d|\\s*%|\\s+(?:per|percent|troops|people|soldiers|tanks|shells|missiles|units|tonnes|tons)\\b)`,
      'g',
    ),
    resolve: (m) => [m[1]!, null],
  },
];
// A number after these words is a label, not a year: "Resolution 1718", "Flight 2045".
const LABEL_BEFORE =
  /\b(?:Resolutions?|Articles?|Section|Chapter|Flight|Route|Highway|No\.|Number|Room|Apollo|Bill|Paragraph|Clause|Page|Vol\.|Volume|Unit|Block|Ward|District|Boeing|Airbus|Model|Type|Class)\s+$/;

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
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], from, to: null });
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
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], from, to: null });
  }
  return out;
}

/** Finds calendar references in text, resolved against the publication date when it is known. */
export function extractDates(text: string, publishedAt: string | null): DateFinding[] {
  const found: DateFinding[] = [];
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : null;
  for (const r of chrono.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
    const finding = fromChrono(r, text, ref !== null);
    if (finding) found.push(finding);
  }
  found.push(...holidays(text, publishedAt), ...partsOfYears(text, publishedAt));
  for (const { re, resolve } of YEAR_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      const [from, to] = resolve(m);
      if (to !== null && from !== null && to < from) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], from, to });
    }
  }
  return dropOverlaps(found);
}

function fromChrono(r: chrono.ParsedResult, text: string, anchored: boolean): DateFinding | null {
  let t = r.text.replace(/[\s,.;:]+$/, '');
  let start = r.index;
  if (/^on\s/i.test(t)) {
    start += 3;
    t = t.slice(3);
  }
  if (DURATION.test(t) || /^now$/i.test(t)) return null;
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
  const weekAgo =
    /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(t) && r.start.date() > r.refDate ? 7 * 86_400_000 : 0;
  const from = partial(r.start, t, weekAgo);
  const to = r.end ? partial(r.end, t, weekAgo) : null;
  return { start, end: start + t.length, text: text.slice(start, start + t.length), from, to: to === from ? null : to };
}

function partial(c: chrono.ParsedComponents, t: string, minus = 0): string {
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
  if (c.isCertain('day') || /\b(?:today|yesterday|tomorrow|tonight|day|days|week|weeks|\w+day)\b/i.test(t))
    return `${y}-${m}-${day}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  return y;
}

/** Keeps the longest of overlapping findings, in text order. */
export function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new SpanSet(Math.max(0, ...items.map((i) => i.end)));
  const kept: T[] = [];
  for (const item of sorted) {
    if (taken.overlaps(item)) continue;
    taken.add(item);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}
