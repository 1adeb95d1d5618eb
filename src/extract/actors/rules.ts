// The ordered table of phrase rules, in the style of mdast-util-to-hast's handlers: each rule has a
// name and a test over one phrase; the first rule that answers decides. A `not-actor.*` rule rejects
// the phrase, an `actor.*` rule names its kind. Findings carry the rule's name and confidence, so a
// wrong actor on a page, or a failing test, names the rule that misfired.
import type { ActorKind } from '../../model/article.ts';
import { wordAt, type Word } from '../../segment/tag-words.ts';
import type { KnownName } from '../gazetteer.ts';
import { CURRENCY_BEFORE } from '../currencies.ts';
import { demonymSet } from '../gazetteer.ts';
import {
  ACRONYM_STOP,
  ADJECTIVE_ENDINGS,
  AGREEMENT_HEADS,
  COLLECTIVES,
  EVENT_HEADS,
  FUNCTION_WORDS,
  GENERIC_ORG_HEADS,
  GOVERNMENT_NOUNS,
  isCommonWord,
  lexiconTag,
  INDEX_HEADS,
  LAW_HEADS,
  LEADING_LABELS,
  STAGE_WORDS,
  LEADING_ORG_HEADS,
  LEADING_PLACE_HEADS,
  LONE_INSTITUTIONS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PRODUCT_HEADS,
  PROGRAMME_HEADS,
  SOURCE_AFTER,
  SPEECH_AFTER,
  SURNAME_ENDINGS,
  SURVEY_HEADS,
  TITLE_RE,
  TAX_HEADS,
  WORLD_GROUPS,
} from './lexicon.ts';

/** A candidate name: capitalised words with titles and nationality adjectives taken off. */
export interface Phrase {
  /** The whole section text. */
  text: string;
  /** The name's words. */
  words: Word[];
  /** The section's words, for what comes next. */
  all: Word[];
  /** Where the name starts and ends (possessive off). */
  start: number;
  end: number;
  name: string;
  /** The last word, possessive off. */
  head: string;
  /** "the" written right before. */
  definite: boolean;
  sentenceStart: boolean;
  /** A title written before the name ("Chancellor"). */
  role?: string;
  known: Map<string, KnownName>;
}

/** What a rule decides: a kind (optionally a wider span, as "Biden administration"), or not an actor. */
export type Verdict = ActorKind | { kind: ActorKind; end: number } | 'not-actor';

/** One named rule of the table. */
export interface PhraseRule {
  /** Also the key of its confidence in `rule-confidence.json` (`npm run calibrate -- --write`). */
  name: string;
  test: (p: Phrase) => Verdict | undefined;
}

const after = (p: Phrase, n: number) => p.text.slice(p.end, p.end + n);
const before = (p: Phrase, n: number) => p.text.slice(Math.max(0, p.start - n), p.start);
const one = (p: Phrase) => p.words.length === 1;
const first = (p: Phrase) => p.words[0]!;
const has = (p: Phrase, tag: string) => p.words.some((w) => w.tags.has(tag));
const nextWord = (p: Phrase): Word | undefined => {
  const last = p.words[p.words.length - 1]!;
  return p.all[wordAt(p.all, last.end)];
};
const acronym = (s: string) => (/^(?:\p{Lu}\.){2,}$/u.test(s) ? s.replace(/\./g, '') : s);
// A name made only of common English words ("Social Security", "Black Lives Matter"), or opened by
// an adjective or verb, is a thing or a slogan more often than a person.
const commonWord = (w: Word) => isCommonWord(w.lower);
const commonPhrase = (p: Phrase) =>
  p.words.every(commonWord) || /Adjective|Infinitive|PresentTense/.test(lexiconTag(first(p).lower));
const headIs = (re: RegExp) => (p: Phrase) => (re.test(p.head) ? 'not-actor' : undefined);
// Days, months and seasons written with a capital are dates, never owners or speakers.
const undated = (p: Phrase) => has(p, 'Date') || has(p, 'Month') || has(p, 'WeekDay') || has(p, 'Adjective');
const personish = (p: Phrase) => has(p, 'Person') || has(p, 'FirstName') || has(p, 'LastName');

// "such as Gympie and Lismore": the last of names listed after a place preposition.
const NAME_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*`;
const COORDINATED_PLACE = new RegExp(
  String.raw`\b(?:in|at|from|near|across|throughout|such as|including|via)\s+${NAME_WORDS}(?:,\s+${NAME_WORDS})*,?\s+(?:and|or)\s+$`,
  'u',
);

// A currency written before digits, as the figures read it: "R12 million", "KSh 50".
const AMOUNT = new RegExp(`^${CURRENCY_BEFORE}\\d`, 'u');

/** The rules, in order: rejections of things that are not actors first, then kinds from strongest evidence down. */
export const PHRASE_RULES: PhraseRule[] = [
  {
    name: 'not-actor.stop-acronym',
    test: (p) => (one(p) && (ACRONYM_STOP.has(p.head) || ACRONYM_STOP.has(acronym(p.head))) ? 'not-actor' : undefined),
  },
  {
    // "the A$", "US$": a letter cut from an amount; "R12" (million), "KSh": an amount itself.
    name: 'not-actor.amount-fragment',
    test: (p) =>
      /^[$€£¥\d]/.test(after(p, 1)) || /[$€£¥]/.test(p.name) || AMOUNT.test(p.text.slice(p.start, p.end + 2))
        ? 'not-actor'
        : undefined,
  },
  {
    // "COP28": numbered conferences are events.
    name: 'not-actor.numbered-event',
    test: (p) => (one(p) && /^[A-Z]{2,}\d{2,}$/.test(p.head) ? 'not-actor' : undefined),
  },
  {
    name: 'actor.government-of',
    // "the Biden administration", "the Assad regime": a name followed by a word for its government.
    test: (p) => {
      const next = nextWord(p);
      const noun = next && /^(\p{Ll}+)(?:['’]s?)?$/u.exec(next.text);
      if (!noun || p.text.slice(p.end, next.start) !== ' ' || !GOVERNMENT_NOUNS.test(noun[1]!)) return undefined;
      if (!p.definite || p.words.length > 3 || ORG_HEADS.test(p.head)) return undefined;
      return { kind: 'organization', end: next.start + noun[1]!.length };
    },
  },
  {
    // "FTSE 100", "Nikkei 225": an acronym followed by a number names an index.
    name: 'not-actor.numbered-index',
    test: (p) => (one(p) && /^[A-Z&]{2,}$/.test(p.head) && /^ \d{2,}\b/.test(after(p, 5)) ? 'not-actor' : undefined),
  },
  {
    // "A320", "B737": letters before three or more digits are a model number ("G20" is a group).
    name: 'not-actor.model-number',
    test: (p) => (one(p) && /^[A-Z]{1,3}-?\d{3,}[A-Za-z]*$/.test(p.head) ? 'not-actor' : undefined),
  },
  {
    // "Metro Phase II", "Canal Stage IV": a project named with its stage.
    name: 'not-actor.stage',
    test: (p) =>
      p.words.length > 1 && p.words.slice(1).some((w) => STAGE_WORDS.test(w.text)) ? 'not-actor' : undefined,
  },
  {
    // "the Online Harms (Amendment) Bill": a name cut by a parenthesis before a law's head.
    name: 'not-actor.law-with-parenthesis',
    test: (p) => {
      const m = /^ \([^()]{1,40}\)((?: \p{Lu}[\p{L}'’]*){1,4})/u.exec(after(p, 80));
      return m && LAW_HEADS.test(m[1]!.trim().split(' ').at(-1)!) ? 'not-actor' : undefined;
    },
  },
  {
    // "Help to Buy", "Race to Zero": a lone capitalised verb after "to" ends a slogan's name.
    name: 'not-actor.verb-after-to',
    test: (p) =>
      one(p) && !p.sentenceStart && / to $/.test(before(p, 4)) && /Infinitive/.test(lexiconTag(p.head.toLowerCase()))
        ? 'not-actor'
        : undefined,
  },
  {
    name: 'actor.acronym',
    test: (p) => {
      if (!one(p) || !/^[A-Z][A-Z0-9&]{1,6}s?$/.test(acronym(p.head))) return undefined;
      // "ICBMs", "NGOs": plural acronyms are things, not bodies.
      return /s$/.test(p.head) && p.head.length > 3 ? 'not-actor' : 'organization';
    },
  },
  // "Article Five", "Operation Restore Hope", "Section 230": labels of documents and operations.
  {
    name: 'not-actor.label',
    test: (p) => (LEADING_LABELS.test(first(p).text) ? 'not-actor' : undefined),
  },
  {
    // "World War II", "the Cold War": an event head, perhaps followed by a numeral.
    name: 'not-actor.event',
    test: (p) => {
      const k = p.words.findIndex((w) => EVENT_HEADS.test(w.text));
      return k >= 0 && p.words.slice(k + 1).every((w) => /^(?:[IVX]+|\d+)$/.test(w.text)) ? 'not-actor' : undefined;
    },
  },
  { name: 'not-actor.agreement', test: headIs(AGREEMENT_HEADS) },
  { name: 'not-actor.law', test: headIs(LAW_HEADS) },
  { name: 'not-actor.tax', test: headIs(TAX_HEADS) },
  { name: 'not-actor.index', test: headIs(INDEX_HEADS) },
  { name: 'not-actor.survey', test: headIs(SURVEY_HEADS) },
  {
    // "the Marshall Plan" is a programme; "the World Food Programme bought wheat" acts, so it is a body.
    name: 'not-actor.programme',
    test: (p) => {
      if (!PROGRAMME_HEADS.test(p.head)) return undefined;
      const next = nextWord(p);
      const acts = !!next && next.tags.has('Verb') && !next.tags.has('Noun') && /^\s+$/.test(after(p, 1));
      return acts && p.words.length > 1 ? undefined : 'not-actor';
    },
  },
  {
    // "Tesla Model", "Windows 11": products, models and versions; not "Hungary 2 billion", a known name.
    name: 'not-actor.product',
    test: (p) =>
      PRODUCT_HEADS.test(p.head) || (/^ \d/.test(after(p, 2)) && !p.role && !personish(p) && !p.known.has(p.name))
        ? 'not-actor'
        : undefined,
  },
  {
    // "Presidential authority", "Congressional leaders", "the Democratic leadership".
    name: 'not-actor.adjective',
    test: (p) => {
      if (!one(p) || !ADJECTIVE_ENDINGS.test(p.head) || p.role) return undefined;
      if (LONE_INSTITUTIONS.test(p.head) || COLLECTIVES.test(p.head)) return undefined;
      const next = nextWord(p);
      const modifies = !!next && /^\s+$/.test(after(p, 1)) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
      return modifies || first(p).tags.has('Adjective') ? 'not-actor' : undefined;
    },
  },
  {
    // A lone "Institute", "the Commission": a fragment of a longer name.
    name: 'not-actor.generic-head',
    test: (p) => (one(p) && GENERIC_ORG_HEADS.test(p.head) && !p.role ? 'not-actor' : undefined),
  },
  {
    // "NATO Allies", "MAGA Republicans", "House Democrats": a named collective.
    name: 'actor.collective-head',
    test: (p) => (p.words.length > 1 && COLLECTIVES.test(p.head) ? 'group' : undefined),
  },
  {
    name: 'actor.organisation-head',
    test: (p) => (ORG_HEADS.test(p.head) && (p.words.length > 1 || p.definite) ? 'organization' : undefined),
  },
  {
    // Romance-language names put the institution first: "Banco de México", "Parti socialiste".
    name: 'actor.leading-organisation-head',
    test: (p) => (p.words.length > 1 && LEADING_ORG_HEADS.test(first(p).text) ? 'organization' : undefined),
  },
  {
    name: 'actor.place-head',
    test: (p) =>
      p.words.length > 1 && (PLACE_HEADS.test(p.head) || LEADING_PLACE_HEADS.test(first(p).text)) ? 'place' : undefined,
  },
  {
    name: 'actor.lone-institution',
    test: (p) => (one(p) && LONE_INSTITUTIONS.test(p.head) ? 'organization' : undefined),
  },
  {
    // A people named as a whole ("Ukrainians", "Palestinians") or a known collective is a group.
    name: 'actor.collective',
    test: (p) =>
      one(p) && (COLLECTIVES.test(p.head) || (/s$/.test(p.head) && demonymSet().has(p.head.slice(0, -1))))
        ? 'group'
        : undefined,
  },
  {
    name: 'not-actor.function-word',
    test: (p) => (one(p) && FUNCTION_WORDS.has(first(p).lower) ? 'not-actor' : undefined),
  },
  {
    // "the Federal Reserve": two capitalised words after "the" name an institution.
    name: 'actor.definite-pair',
    test: (p) =>
      p.definite &&
      p.words.length === 2 &&
      !p.role &&
      !/^(?:Global South|Global North)$/.test(p.name) &&
      !has(p, 'FirstName')
        ? 'organization'
        : undefined,
  },
  {
    // "the West", "the Taliban", "the Global South": a capitalised name after "the".
    name: 'actor.definite-group',
    test: (p) => {
      if (!p.definite || p.words.length > 2 || p.role) return undefined;
      if (p.words.some((w) => w.tags.has('Person') && !w.tags.has('ProperNoun'))) return undefined;
      // "the President": a title alone is a role, not a group.
      if (one(p) && TITLE_RE.test(p.head)) return undefined;
      // "the Vistula river", "the Ściegna dam": a name before a common noun names a thing.
      const next = nextWord(p);
      if (
        next &&
        /^\s+$/.test(after(p, 1)) &&
        /^\p{Ll}/u.test(next.text) &&
        next.tags.has('Noun') &&
        !next.tags.has('Verb')
      )
        return undefined;
      return WORLD_GROUPS.test(p.name) ||
        (!has(p, 'FirstName') && p.words.every((w) => w.tags.has('ProperNoun') || w.tags.has('Noun')))
        ? 'group'
        : undefined;
    },
  },
  {
    // A lone unknown name after a place preposition ("such as Odesa", "in Kharkiv") is a place.
    name: 'actor.place-after-preposition',
    test: (p) =>
      one(p) &&
      !p.sentenceStart &&
      !p.role &&
      first(p).tags.has('ProperNoun') &&
      !first(p).tags.has('Verb') &&
      !personish(p) &&
      (PLACE_PREPOSITIONS.test(before(p, 12)) || COORDINATED_PLACE.test(before(p, 60)))
        ? 'place'
        : undefined,
  },
  {
    name: 'actor.title-before-name',
    test: (p) => (p.role && p.words.length <= 4 ? 'person' : undefined),
  },
  {
    name: 'actor.person-tag',
    test: (p) => {
      if (!personish(p) || has(p, 'Place') || has(p, 'Organization')) return undefined;
      const w = first(p);
      if (one(p) && p.sentenceStart && !w.tags.has('LastName') && !w.tags.has('Person')) return 'not-actor';
      return 'person';
    },
  },
  {
    name: 'actor.organisation-tag',
    test: (p) => (has(p, 'Organization') ? 'organization' : undefined),
  },
  {
    name: 'actor.place-tag',
    test: (p) => (has(p, 'Place') || has(p, 'City') || has(p, 'Region') ? 'place' : undefined),
  },
  {
    // Two to four unknown capitalised words mid-sentence are most often a person's name ("Aung San Suu Kyi").
    name: 'actor.unknown-name',
    test: (p) =>
      !p.sentenceStart &&
      p.words.length >= 2 &&
      p.words.length <= 4 &&
      p.words.every((w) => w.tags.has('ProperNoun') || w.tags.has('Noun')) &&
      !commonPhrase(p)
        ? 'person'
        : undefined,
  },
  {
    // "a Gallup poll", "a Reuters report": an unknown name that issues polls, reports or statements.
    name: 'actor.source-of-report',
    test: (p) =>
      one(p) &&
      !p.sentenceStart &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(p.head) &&
      !personish(p) &&
      /\b(?:a|an|the)\s+$/i.test(before(p, 5)) &&
      SOURCE_AFTER.test(after(p, 16))
        ? 'organization'
        : undefined,
  },
  {
    // "Shell, which has…", "Okafor, who said…": a lone name that heads a non-restrictive relative clause.
    name: 'actor.named-by-relative',
    test: (p) => {
      const m = /^,\s+(which|who)\b/.exec(after(p, 9));
      if (!m || !one(p) || !/^\p{Lu}\p{Ll}{2,}$/u.test(p.head) || undated(p)) return undefined;
      return m[1] === 'who' || personish(p) ? 'person' : 'organization';
    },
  },
  {
    // "Kestrova's debt", "Tesco's shares": a lone name mid-sentence that owns something.
    name: 'actor.possessive-owner',
    test: (p) =>
      one(p) &&
      !p.sentenceStart &&
      !p.definite &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(p.head) &&
      !undated(p) &&
      /^['’]s?\s+(?:\p{Ll}+\s+)?\p{Ll}+/u.test(p.text.slice(p.end, p.end + 30))
        ? personish(p)
          ? 'person'
          : 'organization'
        : undefined,
  },
  {
    // "as Zelensky said", "Nadella argues": one unknown name that speaks, or has a surname's ending.
    name: 'actor.speaker',
    test: (p) =>
      one(p) &&
      !p.sentenceStart &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(p.head) &&
      (SURNAME_ENDINGS.test(p.head) || SPEECH_AFTER.test(after(p, 14)))
        ? 'person'
        : undefined,
  },
];

/** Runs the table over a phrase: the first rule that answers, or none. */
export function applyPhraseRules(p: Phrase): { rule: PhraseRule; verdict: Verdict } | null {
  for (const rule of PHRASE_RULES) {
    const verdict = rule.test(p);
    if (verdict !== undefined) return { rule, verdict };
  }
  return null;
}
