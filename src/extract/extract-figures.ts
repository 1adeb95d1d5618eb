import type { Word } from '../segment/tag-words.ts';
import { wordAt } from '../segment/tag-words.ts';
import { DIGITS, parseCardinal, SCALES, WORD_NUMBER } from './number-words.ts';
import { CURRENCY_BEFORE, CURRENCY_WORDS, readCurrencyPrefix } from './currencies.ts';
import { followsLabel } from './label-words.ts';
import { confidenceOf } from './rule-confidence.ts';
import { matchBefore } from './match-before.ts';
import { deriveFromDuration, type DerivedDate } from './derive-dates.ts';
import { SpanSet } from '../segment/span-set.ts';

/** A number found in text, with what it counts and how sure it is. */
export interface FigureFinding {
  start: number;
  end: number;
  text: string;
  value: number | null;
  low?: number;
  high?: number;
  approximate: boolean;
  unit: string | null;
  /** The named rule that found it (becomes the mention's `rule`). */
  rule?: string;
  /** 0-1, how often that rule is right (becomes the mention's `confidence`). */
  confidence?: number;
  /** A date the sentence anchors this duration to ("for the first time in 24 years" → about 2000). */
  derived?: DerivedDate;
}

const CARDINAL = `(?:${DIGITS}|${WORD_NUMBER})`;
const SCALE = String.raw`(?:\s*(?:hundred|thousand|million|billion|trillion|lakh|crore)(?:\s+(?:thousand|million|billion|crore))?|(?<=\d)\s?(?:bn|mn|tn|[kmb])\b)`;
const VAGUE_LEAD = String.raw`(?:a couple of|a couple|a few|several|a handful of|a quarter-|a quarter|a half-|a|an|half a)`;
const VAGUE_PLURAL = String.raw`(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|hundreds|thousands|millions|billions|scores)\s+of`;
// "Thousands have been detained", "millions across the country": a vague count standing alone.
const VAGUE_BARE = String.raw`(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|hundreds|thousands|millions|billions)(?=\s+(?!of\b)|[,.;:]|$)`;
const HEDGE = String.raw`(?:nearly|almost|about|around|roughly|approximately|some|an estimated|close to|just under|just over|well over|over|more than|less than|fewer than|up to|at least|at most|as many as|as much as|upwards of|under|only|just)`;
const CURRENCY = CURRENCY_BEFORE;
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per cent|percentage points?)|\s?°\s?[CF]\b|\s?°|\s?degrees(?: Celsius| Fahrenheit)?|(?<=\d)C\b)`;

const CORE = [
  `${CURRENCY}?(?:${CARDINAL})(?:${SCALE})?`,
  `${VAGUE_LEAD}(?:${SCALE})`,
  `${VAGUE_PLURAL}`,
  `${VAGUE_BARE}`,
  `(?:half )?a dozen`,
  `a couple of(?=\\s+[a-z])`,
].join('|');

const FIGURE = new RegExp(
  String.raw`(?<![\w$€£¥.,-])(?:(?<hedge>${HEDGE})\s+)?(?:(?<between>between)\s+)?(?<core>${CORE})` +
    String.raw`(?:\s*(?:to|and|-|–)\s*(?<core2>${CURRENCY}?(?:${CARDINAL})(?:${SCALE})?))?(?<percent>${PERCENT})?(?<hyphen>-(?!\d)[a-z]+)?(?![\w-]|[.,]\d)`,
  'gi',
);

const VAGUE_RANGES: Record<string, [number, number]> = {
  'a few': [2, 5],
  several: [3, 9],
  'a handful of': [3, 6],
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
  'tens of thousands': [2e4, 99999],
  'hundreds of thousands': [2e5, 999999],
  'tens of millions': [2e7, 99999999],
  'hundreds of millions': [2e8, 999999999],
};
const MEASURES =
  /^(?:tonnes|tons|tonne|ton|barrels|litres|liters|gallons|kilograms|kg|kilometres|kilometers|km|miles|metres|meters|acres|hectares|square|cubic|megawatts|gigawatts|doses|rounds|units|pieces|bags|sacks|containers|cases)$/;
const HEDGE_APPROX =
  /^(?:nearly|almost|about|around|roughly|approximately|some|an estimated|close to|just under|just over)$/i;
const HEDGE_LOW = /^(?:over|well over|more than|at least|upwards of)$/i;
const HEDGE_HIGH = /^(?:less than|fewer than|up to|at most|as many as|as much as|under)$/i;
// Words that end the counted noun phrase.
const STOP =
  /^(?:and|or|but|of|to|in|on|at|by|for|from|with|the|a|an|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|that|which|who|than|per|now|ago|more|less|each|later|earlier|since|before|after|into|over|under|as|this|these|those|its|their|his|her|our|your)$/;

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  third: 1 / 3,
  quarter: 1 / 4,
  fifth: 1 / 5,
  tenth: 1 / 10,
  'two-thirds': 2 / 3,
  'two thirds': 2 / 3,
  'three-quarters': 3 / 4,
  'three quarters': 3 / 4,
};
// "a third of", "two-thirds of", "more than half", "one in five": shares, as a fraction of 1.
const FRACTION = new RegExp(
  String.raw`(?<![\w-])(?:(?<hedge>${HEDGE})\s+)?(?:(?:a|one)[\s-](?<unit>half|third|quarter|fifth|tenth)|(?<multi>two[- ]thirds|three[- ]quarters)|(?<bare>half)|one in (?<n>${WORD_NUMBER}|\d+))(?![\w-])`,
  'gi',
);
// Without a hedge, "a third" and "half" are shares only before what they divide ("a third of the
// vote", "half the budget") or after "by" ("grew by a third"); "a third on April 1" is an ordinal.
const SHARE_OF = /^\s+(?:of|the|our|their|its|his|her|all|this|that|these|those)\b/i;
// "twice", "5 times", "tenfold": multipliers, found from their keyword back to the number.
const TIMES = /(?:\s+times|-?fold)\b/gi;
const TIMES_BEFORE = new RegExp(
  `(?:(?<![\\w-])(?<hedge>${HEDGE})\\s+)?(?<![\\w-])(?<n>${DIGITS}|${WORD_NUMBER})$`,
  'i',
);
const TWICE = /(?<![\w-])(?<word>twice|thrice)(?![\w-])/gi;
const HEDGE_BEFORE = new RegExp(`(?:(?<![\\w-])(?<hedge>${HEDGE})\\s+)?$`, 'i');
// "less than a kilometer", "another dollar": one unit of a measure or a currency, said in words.
// Set phrases with "one" that count nothing: "a one-off payment", "one-time", "one-stop shop", and
// "one-" with a participle ("one-sided"); "two-way" too. "A four-time champion", "a 500-bedded
// hospital" and "a three-stop journey" count.
const SET_COMPOUNDS = /^one-(?:off|time|way|stop|size|shot|liner|[a-z]+ed)$|^two-way$/i;
const ONE_UNIT =
  /(?<![\w-])(?:(?<hedge>less than|more than|under|over|nearly|almost|about)\s+(?:a|an|one)|another)\s+(?<unit>kilomet(?:er|re)|mile|met(?:er|re)|ton|tonne|barrel|lit(?:er|re)|gallon|hectare|acre|kilogram|dollar|euro|pound)(?![\w-])/gi;

function extractMultipliers(text: string, exclude: SpanSet): FigureFinding[] {
  const out: FigureFinding[] = [];
  ONE_UNIT.lastIndex = 0;
  const oneUnit = [...text.matchAll(ONE_UNIT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    groups: m.groups as Record<string, string | undefined>,
  }));
  for (const { start, end, groups: g } of [
    ...matchBefore(text, TIMES, TIMES_BEFORE),
    ...matchBefore(text, TWICE, HEDGE_BEFORE),
    ...oneUnit,
  ]) {
    if (exclude.overlaps({ start, end })) continue;
    const hedge = g.hedge?.toLowerCase();
    const unit = g.unit ? (CURRENCY_WORDS[g.unit.toLowerCase()] ?? `${g.unit.toLowerCase()}s`) : 'times';
    const value = g.unit ? 1 : g.word ? (/^twice$/i.test(g.word) ? 2 : 3) : parseCardinal(g.n!);
    if (value === null) continue;
    const rule = g.unit ? 'figure.one-unit' : 'figure.multiplier';
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      approximate: !!hedge && hedge !== 'only' && hedge !== 'just',
      unit,
      ...(hedge && HEDGE_LOW.test(hedge) && { low: value }),
      ...(hedge && HEDGE_HIGH.test(hedge) && { high: value }),
      rule,
      confidence: confidenceOf(rule),
    });
  }
  return out;
}

function extractFractions(text: string, exclude: SpanSet): FigureFinding[] {
  const out: FigureFinding[] = [];
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (exclude.overlaps({ start, end })) continue;
    const g = m.groups!;
    const n = g.n ? parseCardinal(g.n) : null;
    const value = g.n ? (n ? 1 / n : null) : FRACTIONS[(g.unit ?? g.multi ?? g.bare)!.toLowerCase()]!;
    if (value === null) continue;
    const hedge = g.hedge?.toLowerCase();
    const shareOf = SHARE_OF.test(text.slice(end, end + 8)) || /\b(?:by|than)\s+$/i.test(text.slice(start - 5, start));
    if (!hedge && (g.unit || g.bare) && !shareOf) continue;
    out.push({
      start,
      end,
      text: m[0],
      value: Math.round(value * 1000) / 1000,
      approximate: !!hedge && hedge !== 'only' && hedge !== 'just',
      unit: 'share',
      ...(hedge && HEDGE_LOW.test(hedge) && { low: Math.round(value * 1000) / 1000 }),
      ...(hedge && HEDGE_HIGH.test(hedge) && { high: Math.round(value * 1000) / 1000 }),
      rule: 'figure.share',
      confidence: confidenceOf('figure.share'),
    });
  }
  return out;
}

/**
 * Finds the figures in a text: numbers with their value, range, certainty and unit. With the
 * publication date, a duration its sentence anchors also gets the date it implies (`derived`).
 */
export function extractFigures(
  text: string,
  words: Word[],
  exclude: { start: number; end: number }[],
  publishedAt: string | null = null,
): FigureFinding[] {
  const taken = new SpanSet(text.length, exclude);
  const found: FigureFinding[] = extractFractions(text, taken);
  for (const f of found) taken.add(f);
  for (const f of extractMultipliers(text, taken)) {
    taken.add(f);
    found.push(f);
  }
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (taken.overlaps({ start, end })) continue;
    const g = m.groups!;
    const core = g.core!;
    const parsed = readCore(core);
    if (!parsed) continue;
    // Bare "a", "an", "one" and lone small words are articles or pronouns far more often than figures.
    if (/^(?:a|an|one|half a)$/i.test(core.trim()) && !g.hyphen) continue;
    if (
      /^(?:a|an|half a)\s/i.test(core) &&
      !/(?:hundred|thousand|million|billion|trillion|dozen|couple of)$/i.test(core)
    )
      continue;
    let { value, low, high, approximate } = parsed;
    let unit: string | null = parsed.currency;
    let counted: ReturnType<typeof countedNoun> = null;
    // "from 1,200 to 4,500 people": two figures, each stated, sharing the counted noun.
    if (g.core2 && !g.hedge && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && value !== null) {
      const second = start + m[0].lastIndexOf(g.core2);
      const counted = parsed.currency ? null : countedNoun(text, words, start + m[0].length);
      const firstUnit = parsed.currency ?? (counted ? (CURRENCY_WORDS[counted.head] ?? counted.unit) : null);
      FIGURE.lastIndex = second;
      if (firstUnit === null && (value < 1000 || /^\d{4}$/.test(core))) continue;
      const rule = parsed.currency ? 'figure.currency-amount' : 'figure.range-end';
      const coreEnd = start + m[0].indexOf(core) + core.length;
      taken.add({ start, end: coreEnd });
      found.push({
        start,
        end: coreEnd,
        text: text.slice(start, coreEnd),
        value,
        approximate,
        unit: firstUnit,
        rule,
        confidence: confidenceOf(rule),
      });
      continue;
    }
    let alone = false;
    if (g.core2) {
      const second = readCore(g.core2);
      if (!second || second.value === null || value === null) continue;
      // "3 to 5 million": the scale of the second number applies to the first.
      const scale = second.scale && !parsed.scale ? second.scale : 1;
      const coreEnd = m[0].indexOf(core) + core.length;
      const joiner = /^\s*(to|and|-|–)/i.exec(m[0].slice(coreEnd))?.[1]?.toLowerCase();
      // "voted 31 to 14" is a tally and "$500 and $800 million" two amounts, not ranges ("and" makes
      // one only after "between"): each number is read on its own.
      if (value * scale > second.value || (joiner === 'and' && !g.between)) {
        end = start + coreEnd;
        alone = true;
        FIGURE.lastIndex = start + m[0].lastIndexOf(g.core2);
      } else {
        low = value * scale;
        high = second.value;
        value = null;
        unit ??= second.currency;
      }
    } else if (g.between) {
      continue;
    }
    const hedge = g.hedge?.toLowerCase();
    if (hedge && HEDGE_APPROX.test(hedge)) approximate = true;
    if (hedge && HEDGE_LOW.test(hedge) && value !== null) {
      low = value;
      approximate = true;
    }
    if (hedge && HEDGE_HIGH.test(hedge) && value !== null) {
      high = value;
      approximate = true;
    }
    if (g.percent && !alone)
      unit = /point/.test(g.percent)
        ? 'percentage points'
        : /°|degree|C$/.test(g.percent)
          ? /F|Fahrenheit/.test(g.percent)
            ? '°F'
            : '°C'
          : '%';
    if (g.hyphen) {
      const word = g.hyphen.slice(1).toLowerCase();
      // "a one-off payment", "a two-way street", "one-sided": set phrases that count nothing.
      if (SET_COMPOUNDS.test(`${core}-${word}`)) continue;
      // "500-bedded", "four-legged": what is counted is the noun (beds, legs).
      const noun = /^[a-z]{2,}[^e]ed$/.test(word) ? word.slice(0, -2).replace(/([^aeiou])\1$/, '$1') : word;
      unit = value === 1 ? noun : plural(noun);
    } else if (!g.percent && !parsed.currency) {
      counted = countedNoun(text, words, end);
      if (counted) {
        const currency = CURRENCY_WORDS[counted.head];
        if (currency && !unit) unit = currency;
        else if (!unit) unit = counted.unit;
        // The span takes in the counted noun unless an actor is named there ("130 million Mexicans").
        if ((!currency || unit === currency) && !taken.overlaps({ start: end, end: counted.end })) end = counted.end;
      }
    }
    // A bare number with nothing counted, no currency and no hedge is too often a label or a rank
    // ("Resolution 2231", "page 12"); so is a number after a label word, and a clock time.
    if (unit === null && !hedge && value !== null && !/\s/.test(core) && (value < 1000 || /^\d{4}$/.test(core)))
      continue;
    if (followsLabel(text, start) && !g.hedge) continue;
    if (/^\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock)(?![\w])/i.test(text.slice(start + m[0].length, start + m[0].length + 6)))
      continue;
    taken.add({ start, end });
    const rule =
      g.core2 && !alone
        ? 'figure.range'
        : value === null
          ? 'figure.vague-quantity'
          : parsed.currency || (unit && CURRENCY_WORDS[counted?.head ?? ''])
            ? 'figure.currency-amount'
            : g.percent
              ? 'figure.percent'
              : g.hyphen
                ? 'figure.compound-adjective'
                : counted
                  ? 'figure.counted-noun'
                  : 'figure.number';
    found.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      ...(low !== undefined && { low }),
      ...(high !== undefined && { high }),
      approximate,
      unit,
      rule,
      confidence: confidenceOf(rule),
    });
  }
  if (publishedAt)
    for (const f of found) {
      const derived = deriveFromDuration(f, text, publishedAt);
      if (derived) f.derived = derived;
    }
  return found.sort((a, b) => a.start - b.start);
}

interface Core {
  value: number | null;
  low?: number;
  high?: number;
  approximate: boolean;
  currency: string | null;
  scale: number | null;
}

function readCore(raw: string): Core | null {
  let t = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let currency: string | null = null;
  const cur = readCurrencyPrefix(t);
  if (cur && /^[\d\s]/.test(t.slice(cur.length))) {
    currency = cur.currency.code;
    t = t.slice(cur.length).trim();
  }
  if (t === 'a couple of') return { value: 2, approximate: true, currency, scale: null };
  const plural = /^(.*?)\s*of$/.exec(t) ?? (t in VAGUE_RANGES ? [t, t] : null);
  if (plural) {
    const range = VAGUE_RANGES[plural[1]!];
    return range ? { value: null, low: range[0], high: range[1], approximate: true, currency, scale: null } : null;
  }
  if (t === 'a dozen') return { value: 12, approximate: false, currency, scale: 12 };
  if (t === 'half a dozen') return { value: 6, approximate: false, currency, scale: 12 };
  const m =
    /^(.*?)\s?((?:hundred|thousand|million|billion|trillion|lakh|crore)(?: (?:thousand|million|billion|crore))?|bn|mn|tn|k|m|b)?$/.exec(
      t,
    );
  if (!m) return null;
  const lead = m[1]!.trim().replace(/-$/, '');
  const scale = m[2] ? m[2].split(' ').reduce((p, w) => p * (SCALES[w] ?? 1), 1) : null;
  const s = scale ?? 1;
  if (lead in VAGUE_RANGES) {
    const [lo, hi] = VAGUE_RANGES[lead]!;
    return { value: null, low: lo * s, high: hi * s, approximate: true, currency, scale };
  }
  if (lead === 'a couple of' || lead === 'a couple') return { value: 2 * s, approximate: true, currency, scale };
  if (lead === 'a' || lead === 'an' || lead === '') return { value: s, approximate: false, currency, scale };
  if (lead === 'half a' || lead === 'a half') return { value: s / 2, approximate: false, currency, scale };
  if (lead === 'a quarter') return { value: s / 4, approximate: false, currency, scale };
  const n = parseCardinal(lead);
  if (n === null) return null;
  return { value: n * s, approximate: false, currency, scale };
}

/** The noun a number counts, read from the words after it: "four Ukrainian territories" → territories. */
function countedNoun(text: string, words: Word[], from: number): { unit: string; head: string; end: number } | null {
  let i = wordAt(words, from);
  const first = words[i];
  if (!first || /\S/.test(text.slice(from, first.start))) return null;
  let head: Word | null = null;
  for (let n = 0; n < 4 && i < words.length; n++, i++) {
    const w = words[i]!;
    // Only words separated by spaces belong to the counted noun phrase.
    if (n > 0 && /\S/.test(text.slice(words[i - 1]!.end, w.start))) break;
    if (
      STOP.test(w.lower) ||
      (w.tags.has('Verb') && !w.tags.has('Noun')) ||
      w.tags.has('Value') ||
      w.tags.has('Pronoun')
    )
      break;
    if (w.tags.has('Noun') || w.tags.has('Plural')) head = w;
    else if (!w.tags.has('Adjective') && !w.tags.has('ProperNoun')) break;
    if (w.punctAfter || (head && w.tags.has('Plural'))) break;
    const next = words[i + 1];
    if (head && next && !(next.tags.has('Noun') && !STOP.test(next.lower) && !next.tags.has('ProperNoun'))) break;
  }
  if (!head) return null;
  // "15 member states": a count wants a plural, so a singular noun before a word in -s that the
  // tagger read as a verb ("states", "rights") is a modifier, and that word is the counted noun.
  const after = words[wordAt(words, head.end)];
  if (
    !head.tags.has('Plural') &&
    !head.punctAfter &&
    // "1 child dies": one wants no plural.
    !/(?<![\d.,])1\s*$/.test(text.slice(Math.max(0, from - 4), from)) &&
    after &&
    text.slice(head.end, after.start) === ' ' &&
    /^\p{Ll}+s$/u.test(after.text) &&
    after.tags.has('PresentTense') &&
    !STOP.test(after.lower)
  )
    head = after;
  const headLower = head.lower.replace(/'s$/, '');
  // "45,000 tonnes of grain": a measure names what it measures after "of".
  if (MEASURES.test(headLower) && !head.punctAfter) {
    const of = words[wordAt(words, head.end)];
    const what = of && of.lower === 'of' ? words[wordAt(words, of.end)] : undefined;
    if (what && what.tags.has('Noun') && !what.tags.has('ProperNoun')) {
      return { unit: `${headLower} of ${what.lower}`, head: headLower, end: what.end };
    }
  }
  // A people keeps its capital ("130 million Mexicans"); other nouns are lower-cased.
  const unit =
    /^\p{Lu}\p{Ll}/u.test(head.text) && head.tags.has('ProperNoun') ? head.text.replace(/['’]s$/, '') : headLower;
  return { unit, head: headLower, end: head.end };
}

function plural(word: string): string {
  if (/(?:s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
