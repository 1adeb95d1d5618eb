// Actors in four steps: capitalised runs (actors/capitalised-runs.ts), cut into names at known
// names and titles (here), each name judged by the ordered table of named rules (actors/rules.ts),
// then abbreviations introduced in brackets joined to their expansion.
import type { ActorKind } from '../model/article.ts';
import { wordAt, type Word } from '../segment/tag-words.ts';
import { undot } from '../segment/normalise-name.ts';
import { capitalisedRuns, stripPossessive, type Run } from './actors/capitalised-runs.ts';
import {
  COLLECTIVES,
  COMPASS,
  CONNECTORS,
  EVENT_HEADS,
  FORCE_NOUNS,
  FUNCTION_WORDS,
  isCommonWord,
  LAW_HEADS,
  AGREEMENT_HEADS,
  LOCATIVE,
  LONE_INSTITUTIONS,
  ORG_HEADS,
  PLACE_HEADS,
  PROPER_TAGS,
  TITLE_ABBREVIATIONS,
  TITLE_RE,
  TITLES,
  UNIT_HEADS,
} from './actors/lexicon.ts';
import { applyPhraseRules, type Phrase } from './actors/rules.ts';
import { confidenceOf } from './rule-confidence.ts';
import { demonymSet, gazetteer, type KnownName } from './gazetteer.ts';

/** A named actor found in text, before the article-wide merge. */
export interface ActorFinding {
  start: number;
  end: number;
  text: string;
  /** The name as written, without title or possessive. */
  name: string;
  kind: ActorKind;
  /** Gazetteer id when the name is a known country, capital or seat of government. */
  knownId?: string;
  knownName?: string;
  /** A title written before a person's name, e.g. `President`. */
  role?: string;
  /** The named rule that found it (becomes the mention's `rule`). */
  rule?: string;
  /** 0-1, how often that rule is right (becomes the mention's `confidence`). */
  confidence?: number;
}

/** A phrase the rules turned down, and the rule that did: what a test or an editor asks "why not?". */
export interface ActorRejection {
  text: string;
  rule: string;
}

interface Context {
  text: string;
  words: Word[];
  known: Map<string, KnownName>;
  rejected: ActorRejection[];
  /** Lone unknown names no rule decided on: names if they stand in a list of actors. */
  undecided: Word[];
}

// Rejections that hold for a whole run, opening word included: labels and named things.
const WHOLE_RUN_REJECTIONS = new Set([
  'not-actor.label',
  'not-actor.event',
  'not-actor.agreement',
  'not-actor.law',
  'not-actor.tax',
  'not-actor.index',
  'not-actor.survey',
  'not-actor.product',
]);
// First words of titles of two or three words ("Prime" of "Prime Minister"), which may open a name.
const TITLE_STARTS = new Set(TITLES.filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]!));

/** Finds named actors in a text: people, countries, organisations, places and named groups. */
export function extractActors(text: string, words: Word[]): ActorFinding[] {
  return traceActors(text, words).found;
}

/** Finds actors and also lists the phrases that rules rejected, with each rule's name. */
export function traceActors(text: string, words: Word[]): { found: ActorFinding[]; rejected: ActorRejection[] } {
  const ctx: Context = { text, words, known: gazetteer(), rejected: [], undecided: [] };
  const found: ActorFinding[] = [];
  for (const run of capitalisedRuns(text, words)) found.push(...readRun(ctx, run));
  return { found: joinAbbreviations(text, listedWithActors(text, found, ctx.undecided)), rejected: ctx.rejected };
}

// What joins the names of a list: "Ardwick, Velmorra and Leeds City Council".
const LIST_JOIN = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
// A preposition before a list's first name: that name may close a phrase of its own ("Since Brexit, France…").
const OPENS_CLAUSE =
  /\b(?:since|after|before|during|until|despite|unlike|like|with|without|for|from|in|on|at|by|under|over|amid)\s+$/i;

/** Whether a word may be a name no rule knows: capitalised, a singular noun, not a common English word. */
const mayBeLoneName = (w: Word) =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) &&
  !['Plural', 'Verb', 'Adjective', 'Adverb'].some((t) => w.tags.has(t)) &&
  !isCommonWord(w.lower);

/**
 * A lone unknown name in a list of actors ("Ardwick, Velmorra and Leeds City Council") is an
 * actor of the kind of the name beside it: lists name like things. A list here is names joined by
 * commas that ends in "and" or "or" and holds at least two actors found on their own; an unknown
 * first name after a preposition is left out ("Since Brexit, France and Germany" lists two countries).
 */
function listedWithActors(text: string, found: ActorFinding[], undecided: Word[]): ActorFinding[] {
  type Item = { start: number; end: number; actor?: ActorFinding };
  const items: Item[] = [
    ...found.map((a) => ({ start: a.start, end: a.end, actor: a })),
    // A word inside a name found some other way ("the Burmese military") is taken already.
    ...undecided
      .filter((w) => !found.some((a) => a.start < w.end && w.start < a.end))
      .map((w) => ({ start: w.start, end: w.end })),
  ].sort((a, b) => a.start - b.start);
  const out = [...found];
  for (let i = 0; i < items.length;) {
    // The run of items joined as a list, from item i.
    let j = i;
    while (j + 1 < items.length && LIST_JOIN.test(text.slice(items[j]!.end, items[j + 1]!.start))) j++;
    let list = items.slice(i, j + 1);
    // An unknown first name after a preposition may be a phrase of its own: "Since Brexit, France and Germany".
    if (!list[0]!.actor && OPENS_CLAUSE.test(text.slice(Math.max(0, list[0]!.start - 12), list[0]!.start)))
      list = list.slice(1);
    const joins = list.slice(1).map((item, k) => text.slice(list[k]!.end, item.start));
    const actors = list.filter((item) => item.actor);
    const listed = actors.length >= 2 && joins.some((join) => /\b(?:and|or)\s+$/.test(join));
    if (listed) {
      list.forEach((item, k) => {
        if (item.actor) return;
        // The kind of the nearest actor in the list (the one after it on a tie).
        const near = list
          .map((x, at) => ({ actor: x.actor, distance: Math.abs(at - k) + (at < k ? 0.5 : 0) }))
          .filter((x) => x.actor)
          .sort((a, b) => a.distance - b.distance)[0]!.actor!;
        out.push(
          make(item.start, item.end, text.slice(item.start, item.end), near.kind, 'actor.listed-with-actor', text),
        );
      });
    }
    i = j + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reads the names in one run of capitalised words. */
function readRun(ctx: Context, run: Run): ActorFinding[] {
  let ws = run.words;
  let sentenceStart = run.sentenceStart;
  while (ws.length && FUNCTION_WORDS.has(ws[0]!.lower)) {
    ws = ws.slice(1);
    sentenceStart = false;
  }
  if (!ws.length) return [];
  const titled = splitAtTitle(ctx, ws, sentenceStart);
  if (titled) return titled;
  const institution = institutionOf(ctx, ws);
  if (institution) return [institution];
  const leading = leadingName(ctx, ws, sentenceStart);
  if (leading) return [leading];
  // "Operation Restore Hope began": a whole run the table turns down by its form is no name, in part either.
  const whole = applyPhraseRules(phraseOf(ctx, ws, sentenceStart));
  if (whole?.verdict === 'not-actor' && WHOLE_RUN_REJECTIONS.has(whole.rule.name)) {
    ctx.rejected.push({ text: ctx.text.slice(ws[0]!.start, ws[ws.length - 1]!.end), rule: whole.rule.name });
    return [];
  }
  // A sentence opens with a capital: drop opening words that are not names ("Hence Berlin", "Equally").
  const trimmed = ws;
  // A common word opening a run of three or more is part of a name ("Human Rights Watch").
  const opensLongName = (w: Word) =>
    ws.length >= 3 && (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Pronoun');
  while (
    ws.length &&
    sentenceStart &&
    ws === trimmed &&
    !mayOpenName(ws[0]!, ctx.known, ctx.text) &&
    !opensLongName(ws[0]!)
  ) {
    if (ws.length === 1 && mayBeLoneName(ws[0]!)) ctx.undecided.push(ws[0]!);
    ws = ws.slice(1);
    while (ws.length && CONNECTORS.has(ws[0]!.lower)) ws = ws.slice(1);
  }
  if (!ws.length) return [];
  return readNames(ctx, ws, sentenceStart && ws === trimmed);
}

/** Cuts words at known names (longest first); the stretches between go to the rules. */
function readNames(ctx: Context, ws: Word[], sentenceStart: boolean): ActorFinding[] {
  const out: ActorFinding[] = [];
  let i = 0;
  while (i < ws.length) {
    const hit = knownAt(ctx, ws, i);
    if (hit) {
      out.push(hit.finding);
      i += hit.length;
      continue;
    }
    let j = i + 1;
    while (j < ws.length && !knownAt(ctx, ws, j)) j++;
    out.push(...readStretch(ctx, ws.slice(i, j), sentenceStart && i === 0));
    i = j;
  }
  return out;
}

/** A known name starting at word i, not part of a longer name: "Berlin", "North Atlantic" (compass + known place). */
function knownAt(ctx: Context, ws: Word[], i: number): { finding: ActorFinding; length: number } | null {
  const { text, known } = ctx;
  for (let len = Math.min(5, ws.length - i); len >= 1; len--) {
    const slice = ws.slice(i, i + len);
    const last = stripPossessive(slice[slice.length - 1]!);
    const start = slice[0]!.start;
    const name = text.slice(start, last.end);
    if (longerName(ws.slice(i + len))) continue;
    const withThe = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) ? known.get(`the ${name}`) : undefined;
    const hit = withThe ?? known.get(name) ?? known.get(undot(name));
    if (hit) {
      const capital =
        hit.name !== name && !/^[A-Z]{2,}$/.test(name) && !hit.name.includes(name) && hit.capitals?.includes(name);
      // "ambulances in London": the city itself, not the government it hosts.
      if (capital && LOCATIVE.test(text.slice(Math.max(0, start - 20), start))) {
        return { finding: make(start, last.end, name, 'place', 'actor.capital-as-place', text), length: len };
      }
      const f = make(start, last.end, name, hit.kind, 'actor.gazetteer', text);
      return { finding: { ...f, name: hit.name, knownId: hit.id, knownName: hit.name }, length: len };
    }
    // "North Atlantic", "Southern California": a compass word makes a new place of a known one.
    if (len >= 2 && COMPASS.test(slice[0]!.text)) {
      const rest = text.slice(slice[1]!.start, last.end);
      if (known.get(rest))
        return { finding: make(start, last.end, name, 'place', 'actor.compound-place', text), length: len };
    }
  }
  return null;
}

/** Whether the words after a known name make it part of a longer name: "Paris Agreement", "Madrid Stock Exchange". */
function longerName(rest: Word[]): boolean {
  const head = rest[rest.length - 1]?.text ?? '';
  return (
    rest.length > 0 &&
    (ORG_HEADS.test(head) ||
      PLACE_HEADS.test(head) ||
      EVENT_HEADS.test(head) ||
      AGREEMENT_HEADS.test(head) ||
      LAW_HEADS.test(head))
  );
}

/** Reads a stretch with no known name: collectives and forces of a nationality, then titles, then the rule table. */
function readStretch(ctx: Context, phrase: Word[], sentenceStart: boolean): ActorFinding[] {
  const { text } = ctx;
  const demonyms = demonymSet();
  const start = phrase[0]!.start;
  const last = stripPossessive(phrase[phrase.length - 1]!);
  const all = text.slice(start, last.end);
  const allDemonyms = (ws: Word[]) => ws.every((w) => demonyms.has(w.text));
  // "African Americans", "Asian Americans": a compound people is one group.
  const head = last.text;
  if (phrase.length >= 2 && allDemonyms(phrase.slice(0, -1)) && /s$/.test(head) && demonyms.has(head.slice(0, -1))) {
    return [make(start, last.end, all, 'group', 'actor.collective-compound', text)];
  }
  if (allDemonyms(phrase)) {
    // "the Burmese military": a nationality's armed forces are one organisation.
    const force = /^\s+((?:armed |security |air )?\p{Ll}+)/u.exec(text.slice(last.end, last.end + 24));
    if (force && FORCE_NOUNS.test(force[1]!)) {
      const end = last.end + force[0].length;
      return [make(start, end, text.slice(start, end), 'organization', 'actor.national-force', text)];
    }
    // "Every American" is the group Americans.
    if (phrase.length === 1 && /\bevery\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
      const from = start - /every\s+$/i.exec(text.slice(Math.max(0, start - 6), start))![0].length;
      return [
        { ...make(from, last.end, text.slice(from, last.end), 'group', 'actor.collective', text), name: `${head}s` },
      ];
    }
  }
  // Peel off nationality adjectives: "German Chancellor …", "Mexican voters".
  const institutional = ORG_HEADS.test(head) || PLACE_HEADS.test(head) || EVENT_HEADS.test(head);
  for (let peeled = !institutional; peeled && phrase.length;) {
    peeled = false;
    for (const len of [2, 1]) {
      if (
        phrase.length >= len &&
        demonyms.has(
          phrase
            .slice(0, len)
            .map((w) => w.text)
            .join(' '),
        )
      ) {
        phrase = phrase.slice(len);
        peeled = true;
        sentenceStart = false;
        break;
      }
    }
  }
  if (!phrase.length) return [];
  // Peel off a title: "Chancellor Olaf Scholz" → role Chancellor, name Olaf Scholz; not "Justice Department".
  let role: string | undefined;
  const bodyName = ORG_HEADS.test(head) || PLACE_HEADS.test(head);
  for (let len = Math.min(3, phrase.length - 1); len >= 1 && !bodyName; len--) {
    const t = phrase
      .slice(0, len)
      .map((w) => w.text)
      .join(' ');
    if (TITLE_RE.test(t) || TITLE_ABBREVIATIONS.test(t)) {
      role = TITLE_ABBREVIATIONS.test(t) ? `${t}.` : t;
      phrase = phrase.slice(len);
      break;
    }
  }
  // "Minister for Health", "Secretary of State": the title names an office, not a person; a first
  // name after the office opens the person's name ("Minister for Health Stephen Donnelly").
  if (role && phrase.length && /^\p{Ll}/u.test(phrase[0]!.text)) {
    const named = phrase.findIndex((w) => w.tags.has('FirstName'));
    if (named === -1) return [];
    role = `${role} ${ctx.text.slice(phrase[0]!.start, phrase[named - 1]!.end)}`;
    phrase = phrase.slice(named);
  }
  if (!phrase.length) return [];
  return judge(ctx, phrase, sentenceStart, role);
}

/** Runs the rule table over one phrase and makes its finding, or records the rejection. */
function judge(ctx: Context, phrase: Word[], sentenceStart: boolean, role?: string): ActorFinding[] {
  const { text } = ctx;
  let start = phrase[0]!.start;
  const p = phraseOf(ctx, phrase, sentenceStart);
  const { definite } = p;
  const decided = applyPhraseRules({ ...phraseOf(ctx, phrase, sentenceStart), ...(role && { role }) });
  if (!decided) {
    if (phrase.length === 1 && !role && mayBeLoneName(phrase[0]!)) ctx.undecided.push(phrase[0]!);
    return [];
  }
  const { rule, verdict } = decided;
  if (verdict === 'not-actor') {
    ctx.rejected.push({ text: p.name, rule: rule.name });
    return [];
  }
  const kind = typeof verdict === 'string' ? verdict : verdict.kind;
  const end = typeof verdict === 'string' ? p.end : verdict.end;
  // "the 10th Mountain Division": a unit's ordinal is part of its name.
  const ordinal = UNIT_HEADS.test(p.head)
    ? /\b\d+(?:st|nd|rd|th)\s+$/.exec(text.slice(Math.max(0, start - 8), start))
    : null;
  if (ordinal) start -= ordinal[0].length;
  // A named group keeps its article: "the West" is the name, and the mention.
  if (kind === 'group' && definite) {
    const from = start - /the\s+$/i.exec(text.slice(Math.max(0, start - 8), start))![0].length;
    const withThe = text.slice(from, end);
    const name = withThe.charAt(0).toLowerCase() + withThe.slice(1);
    return [{ ...make(from, end, withThe, kind, rule.name, text), name }];
  }
  return [{ ...make(start, end, text.slice(start, end), kind, rule.name, text), ...(role && { role }) }];
}

/** The phrase object the rules read. */
function phraseOf(ctx: Context, words: Word[], sentenceStart: boolean): Phrase {
  const { text } = ctx;
  const last = stripPossessive(words[words.length - 1]!);
  const start = words[0]!.start;
  return {
    text,
    words,
    all: ctx.words,
    start,
    end: last.end,
    name: text.slice(start, last.end),
    head: last.text,
    definite: /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)),
    sentenceStart,
    known: ctx.known,
  };
}

function make(start: number, end: number, name: string, kind: ActorKind, rule: string, text: string): ActorFinding {
  return {
    start,
    end,
    text: text.slice(start, end),
    name,
    kind,
    rule,
    confidence: confidenceOf(rule),
  };
}

/**
 * A title inside a run parts it: what comes before is named on its own ("Transport for London
 * Commissioner Andy Lord", "NHS England Chief Executive …") and what follows is the titled person.
 */
function splitAtTitle(ctx: Context, ws: Word[], sentenceStart: boolean): ActorFinding[] | null {
  for (let k = 1; k < ws.length - 1; k++) {
    for (let len = Math.min(3, ws.length - k - 1); len >= 1; len--) {
      const t = ws
        .slice(k, k + len)
        .map((w) => w.text)
        .join(' ');
      if (!TITLE_RE.test(t) && !TITLE_ABBREVIATIONS.test(t)) continue;
      // "Prime Minister …", "Deputy Chief Minister …": the word is inside a longer title that starts earlier.
      if (
        [1, 2].some(
          (d) =>
            k >= d &&
            [0, 1, 2].some((x) =>
              TITLE_RE.test(
                ws
                  .slice(k - d, k + len + x)
                  .map((w) => w.text)
                  .join(' '),
              ),
            ),
        )
      )
        continue;
      const person = ws.slice(k + len);
      const head = stripPossessive(person[person.length - 1]!).text;
      // "Justice Department", "General Motors": the title word starts a body's name, not a person's.
      if (ORG_HEADS.test(head) || PLACE_HEADS.test(head) || person.length > 4) continue;
      if (!person.some((w) => w.tags.has('ProperNoun') || w.tags.has('Person'))) continue;
      // "Senate Majority Leader …", "Attorney General …": the longest opening that names a body is
      // the body; the words left between it and the title belong to the title.
      let body: ActorFinding[] = [];
      let e = 0;
      // Longest first, and only a few tries, so a long run of title-case words stays linear.
      for (let end = k; end >= Math.max(1, k - 6); end--) {
        const r = readRun(ctx, { words: ws.slice(0, end), sentenceStart });
        if (r.length >= 1 && r.every((f) => f.kind !== 'person')) {
          body = r;
          e = end;
          break;
        }
      }
      // With no body named, the opening words are nationalities or modifiers: the title alone is the role.
      const words = `${ws
        .slice(e > 0 ? e : k, k)
        .map((w) => w.text)
        .join(' ')} ${t}`.trim();
      const role = TITLE_ABBREVIATIONS.test(words) ? `${words}.` : words;
      return [...body, ...judge(ctx, person, false, role)];
    }
  }
  // "United Nations Linda Thomas-Greenfield": a body's name runs into a person's first name.
  for (let k = 1; k < ws.length - 1; k++) {
    const person = ws.slice(k);
    if (ORG_HEADS.test(ws[k - 1]!.text) && ws[k]!.tags.has('FirstName') && person.length <= 3) {
      return [...readRun(ctx, { words: ws.slice(0, k), sentenceStart }), ...judge(ctx, person, false)];
    }
  }
  return null;
}

/** "Council on Foreign Relations", "Bank of England", "Transport for London": a name with "of", "for" or "on". */
function institutionOf(ctx: Context, ws: Word[]): ActorFinding | null {
  const k = ws.findIndex((w) => w.lower === 'of' || w.lower === 'for' || w.lower === 'on' || w.lower === 'to');
  if (k <= 0 || k === ws.length - 1 || TITLE_RE.test(ws[0]!.text)) return null;
  const before = ws.slice(0, k);
  const kind: ActorKind | null =
    before.some((w) => ORG_HEADS.test(w.text)) || ws[k]!.lower === 'for'
      ? 'organization'
      : before.some((w) => PLACE_HEADS.test(w.text))
        ? 'place'
        : null;
  if (!kind) return null;
  // "Declaration of Independence", "Bill of Rights": documents, not bodies.
  if (before.some((w) => LAW_HEADS.test(w.text) || AGREEMENT_HEADS.test(w.text) || EVENT_HEADS.test(w.text))) {
    return null;
  }
  const last = stripPossessive(ws[ws.length - 1]!);
  return make(ws[0]!.start, last.end, ctx.text.slice(ws[0]!.start, last.end), kind, 'actor.institution-of', ctx.text);
}

/** "Rishi Sunak promised", "Lukasz Nowak, who chairs…": two or three names opening a sentence, before a verb or "who". */
function leadingName(ctx: Context, ws: Word[], sentenceStart: boolean): ActorFinding | null {
  if (!sentenceStart || TITLE_RE.test(ws[0]!.text) || ws.length < 2 || ws.length > 3) return null;
  const lastWord = ws[ws.length - 1]!;
  const next = ctx.words[wordAt(ctx.words, lastWord.end)];
  const verbAfter = !!next && !lastWord.punctAfter && next.tags.has('Verb') && !/^\p{Lu}/u.test(next.text);
  // "…, who": a person, unless a word of the name is a common one ("Human Rights Watch, who").
  const whoAfter =
    /^,\s+who\b/.test(ctx.text.slice(lastWord.end, lastWord.end + 8)) && !ws.some((w) => isCommonWord(w.lower));
  if (!verbAfter && !whoAfter) return null;
  if (!ws.slice(1).every((w) => w.tags.has('ProperNoun') || w.tags.has('Person'))) return null;
  if (ws.some((w) => ctx.known.has(w.text))) return null;
  const last = stripPossessive(lastWord);
  // "Operation Restore Hope began": what the table rejects is no name, wherever it stands.
  if (applyPhraseRules(phraseOf(ctx, ws, true))?.verdict === 'not-actor') return null;
  return make(ws[0]!.start, last.end, ctx.text.slice(ws[0]!.start, last.end), 'person', 'actor.leading-name', ctx.text);
}

/** Whether a sentence's opening word may start a name. */
function mayOpenName(w: Word, known: Map<string, KnownName>, text: string): boolean {
  const bare = stripPossessive(w).text;
  return (
    // "Shell, which…": a word that heads a relative clause is a name.
    /^,\s+(?:which|who)\b/.test(text.slice(w.end, w.end + 9)) ||
    isNameWord(w) ||
    known.has(bare) ||
    known.has(undot(bare)) ||
    /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(bare) ||
    TITLE_RE.test(w.text) ||
    TITLE_STARTS.has(w.text) ||
    LONE_INSTITUTIONS.test(bare) ||
    COLLECTIVES.test(w.text) ||
    (/s$/.test(w.text) && demonymSet().has(w.text.slice(0, -1))) ||
    TITLE_ABBREVIATIONS.test(w.text)
  );
}

function isNameWord(w: Word): boolean {
  return (
    PROPER_TAGS.some((t) => w.tags.has(t)) &&
    !w.tags.has('Pronoun') &&
    !w.tags.has('Determiner') &&
    !w.tags.has('Conjunction') &&
    !w.tags.has('Adverb') &&
    !w.tags.has('Preposition')
  );
}

/**
 * "the National Health Service (NHS)": an abbreviation in brackets right after a name stands for
 * it, so it takes the full name (the merge then makes them one actor).
 */
function joinAbbreviations(text: string, found: ActorFinding[]): ActorFinding[] {
  for (const f of found) {
    if (f.kind !== 'organization' && f.kind !== 'group') continue;
    const m = /^\s*\(\s*((?:\p{Lu}\.?){2,8}s?)\s*\)/u.exec(text.slice(f.end, f.end + 16));
    if (!m) continue;
    const start = f.end + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const abbr = found.find((g) => g.start === start);
    if (abbr?.knownId) continue;
    const joined = { start, end, text: m[1]!, name: f.name, kind: f.kind, rule: 'actor.abbreviation' };
    if (abbr) Object.assign(abbr, joined, { confidence: confidenceOf('actor.abbreviation') });
    else found.push(make(start, end, f.name, f.kind, 'actor.abbreviation', text));
  }
  return found.sort((a, b) => a.start - b.start);
}
