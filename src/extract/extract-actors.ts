import type { ActorKind } from '../model/article.ts';
import type { Word } from '../segment/tag-words.ts';
import { demonymSet, gazetteer } from './gazetteer.ts';

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

const TITLES = [
  'Vice President',
  'President',
  'Prime Minister',
  'Deputy Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Minister',
  'Chancellor',
  'Secretary of State',
  'Secretary-General',
  'Secretary General',
  'Secretary',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  'Governor',
  'Gov.',
  'Mayor',
  'King',
  'Queen',
  'Crown Prince',
  'Prince',
  'Princess',
  'Pope',
  'General',
  'Gen.',
  'Admiral',
  'Adm.',
  'Colonel',
  'Col.',
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'Professor',
  'Prof.',
  'Ambassador',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Speaker',
  'Justice',
  'Judge',
  'Sheikh',
  'Emir',
  'Ayatollah',
  'Premier',
  'Commissioner',
  'Supreme Leader',
  'Leader',
  'Director',
  'Chief',
  'Archbishop',
  'Bishop',
  'Rabbi',
  'Imam',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Saint',
  'St.',
];
const TITLE_RE = new RegExp(`^(?:${TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})$`);
const ORG_HEADS =
  /^(?:Council|Commission|Union|Organi[sz]ation|Party|Ministry|Department|Bank|Fund|Agency|Court|Parliament|Congress|Senate|Assembly|Institute|University|College|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Group|Committee|Forces|Army|Navy|Force|Office|Bureau|Authority|Alliance|Association|Foundation|Police|Service|Times|Post|News|Network|Board|Cabinet|Government|Administration|Guard|Corps|Nations|Federation|Coalition|Movement|Front|Agency|Centre|Center|Commonwealth|League|Church|Brigade|Battalion|Regiment|Command|Secretariat|Tribunal|Duma|Rada|Knesset|Bundestag|Reuters|Press|Reserve|Programme|Program|Council|Institution|Society|Trust|Club|Party|Caucus|Assembly|Airlines|Airways|Railways|Media|Holdings|Partners|Capital|Labs|Technologies|Systems|Motors)$/;
const PLACE_HEADS =
  /^(?:Peninsula|Sea|Ocean|Strait|Straits|Gulf|Bay|River|Mountains|Mountain|Mount|Island|Islands|Valley|Region|Province|Oblast|Canal|Desert|Basin|Coast|Square|Street|Avenue|City|County|State|Territory|Territories|Highlands|Plateau|Lake|Corridor|Heights|Bank|Strip|Sahel|Horn)$/;
// Capitalised phrases that name events, documents or eras, not actors.
const EVENT_HEADS =
  /^(?:War|Summit|Conference|Agreement|Treaty|Accords?|Act|Games|Cup|Day|Olympics|Revolution|Crisis|Plan|Initiative|Doctrine|Declaration|Convention|Protocol|Forum|Resolution|Resolutions|Talks|Deal|Charter|Prize|Award|Era|Age|Spring|Pact|Operation)$/;
const ACRONYM_STOP = new Set([
  'DC',
  'GDP',
  'CEO',
  'AI',
  'TV',
  'PM',
  'AM',
  'OK',
  'ID',
  'PR',
  'IT',
  'CO2',
  'COVID',
  'HIV',
  'AIDS',
  'DNA',
  'USB',
  'PDF',
  'FAQ',
  'VAT',
  'GMT',
  'UTC',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'I',
  'A',
  'ETA',
  'ASAP',
  'LGBT',
  'LGBTQ',
  'ICBM',
  'ICBMs',
  'GPS',
  'SUV',
  'CCTV',
  'NB',
  'PS',
  'VIP',
  'BC',
  'AD',
  'CE',
  'BCE',
]);
// Abbreviated titles written with a full stop, which must not end a run ("Sen. Elizabeth Warren").
const TITLE_ABBREVIATIONS =
  /^(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Adm|Prof|St|Rev|Maj|Cmdr|Supt|Insp|Pres)$/;
// Words capitalised by position that never start a name.
const FUNCTION_WORDS = new Set(
  'will would can could should may might must shall do does did is are was were has have had the a an this that these those his her its our their my your we they he she it i in on at for and but or if when while as after before since with without to from by of so yet also then there here what which who how why where all some any each every no not one both either neither such'.split(
    ' ',
  ),
);
// Institutions named by one word.
const LONE_INSTITUTIONS =
  /^(?:Congress|Parliament|Senate|Pentagon|Bundestag|Duma|Knesset|Rada|Politburo|Vatican|Hamas|Hezbollah|Taliban|Fed|Eurostat|Interpol|Europol|Frontex|Gazprom|Rosneft|Wagner|Labour|Likud|Fidesz)$/;
// Endings of surnames in many languages: Zelensky, Lavrov, Tymoshenko, Ceaușescu, Pashinyan.
const SURNAME_ENDINGS = /(?:sky|ski|skyi|ska|ov|ova|ev|eva|enko|escu|yan|vili|poulos|ović|ovic|stein|berg|mann)$/;
const LEADING_ORG_HEADS =
  /^(?:Banco|Banque|Partido|Parti|Partito|Comisión|Comissão|Ministerio|Ministère|Ministero|Instituto|Institut|Istituto|Universidad|Université|Università|Fundación|Fondation|Consejo|Conseil|Agence|Agencia|Assemblée|Asamblea|Cámara|Corte|Tribunal|Cour|Frente|Front|Movimiento|Mouvement|Movimento)$/;
// Named collectives written as plural names: "Democrats", "the Houthis".
const COLLECTIVES =
  /^(?:Democrats|Republicans|Conservatives|Tories|Liberals|Greens|Socialists|Houthis|Kurds|Allies|Baltics)$/;
// Prepositions before a capital that make it the city, not the government ("in London").
const LOCATIVE =
  /\b(?:in|at|near|outside|inside|across|around|throughout|downtown|central|towards?|(?:left|leave|leaves|leaving|bound) for|(?:flew|travelled|traveled|went|returned|came|trip|journey|flight) to)\s+$/i;
const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'von', 'van', 'der', 'da', 'la', 'le']);
// Sentence openers that are capitalised only by position.
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Country', 'City'];

/** Finds named actors in a text: people, countries, organisations, places and named groups. */
export function extractActors(text: string, words: Word[]): ActorFinding[] {
  const found: ActorFinding[] = [];
  const known = gazetteer();
  const runs = capitalisedRuns(text, words);
  for (const run of runs) {
    for (const f of classifyRun(text, run, known, words)) found.push(f);
  }
  return found;
}

interface Run {
  words: Word[];
  sentenceStart: boolean;
  /** "the" written right before the run. */
  definite: boolean;
}

/** Groups consecutive capitalised words (with "of", "the"… inside) into runs. */
function capitalisedRuns(text: string, words: Word[]): Run[] {
  const runs: Run[] = [];
  let current: Word[] = [];
  const flush = () => {
    while (current.length && CONNECTORS.has(current[current.length - 1]!.lower)) current.pop();
    if (current.length) {
      const first = current[0]!;
      // Only the few characters before the run matter; slicing the whole prefix would be quadratic.
      const before = text.slice(Math.max(0, first.start - 8), first.start);
      const atStart = first.start <= 64 && /^\s*$/.test(text.slice(0, first.start));
      const sentenceStart = atStart || /(?:[.!?:]["”’)]?\s+|\n\s*|["“‘(]\s*)$/.test(before);
      const definite = /\bthe\s+$/i.test(before);
      runs.push({ words: current, sentenceStart, definite });
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const gap = prev ? text.slice(prev.end, w.start) : '';
    const adjacent =
      prev &&
      ((/^\s*$/.test(gap) && !prev.punctAfter) ||
        ((TITLE_ABBREVIATIONS.test(prev.text) || /^\p{Lu}$/u.test(prev.text)) && /^\.\s+$/.test(gap)) ||
        (gap === '-' && isCapitalised(prev)));
    if (isCapitalised(w)) {
      if (current.length && !adjacent) flush();
      current.push(w);
      // "Sen. Warren", "John F. Kennedy": a title or an initial keeps its full stop inside the name.
      const abbreviation = (TITLE_ABBREVIATIONS.test(w.text) || /^\p{Lu}$/u.test(w.text)) && text[w.end] === '.';
      // A possessive ends a name: "Harvard University's Joint Center" is two names.
      const hyphenated = text[w.end] === '-' && words[i + 1]?.start === w.end + 1 && isCapitalised(words[i + 1]!);
      if ((w.punctAfter && !abbreviation && !hyphenated) || /['’]s$/.test(w.text)) flush();
    } else if (
      current.length &&
      adjacent &&
      nextCapitalised(words, i) &&
      (CONNECTORS.has(w.lower) ||
        (/^(?:on|and)$/.test(w.lower) &&
          current.some((c) => ORG_HEADS.test(c.text)) &&
          !(w.lower === 'and' && ORG_HEADS.test(current[current.length - 1]!.text))))
    ) {
      // "Council on Foreign Relations", "Department of Health and Human Services": only inside an institution's name.
      current.push(w);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

function nextCapitalised(words: Word[], i: number): boolean {
  let j = i + 1;
  while (words[j] && CONNECTORS.has(words[j]!.lower)) j++;
  return !!words[j] && isCapitalised(words[j]!);
}

function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text) || /^(?:al-|bin\s)/.test(w.text);
}

function stripPossessive(w: Word): { text: string; end: number } {
  const m = /['’]s?$/.exec(w.text);
  if (m && w.text.length > 2) return { text: w.text.slice(0, m.index), end: w.end - m[0].length };
  return { text: w.text, end: w.end };
}

function institutionalRun(text: string, ws: Word[]): ActorFinding | null {
  const k = ws.findIndex((w) => w.lower === 'of' || w.lower === 'for' || w.lower === 'on');
  if (k <= 0 || k === ws.length - 1 || TITLE_RE.test(ws[0]!.text)) return null;
  const before = ws.slice(0, k);
  // "Transport for London", "Institute for Fiscal Studies": a capitalised name with "for" is an institution.
  const kind =
    before.some((w) => ORG_HEADS.test(w.text)) || ws[k]!.lower === 'for'
      ? 'organization'
      : before.some((w) => PLACE_HEADS.test(w.text))
        ? 'place'
        : null;
  if (!kind) return null;
  const last = stripPossessive(ws[ws.length - 1]!);
  const name = text.slice(ws[0]!.start, last.end);
  return { start: ws[0]!.start, end: last.end, text: name, name, kind };
}

function nextIsVerb(words: Word[], last: Word): boolean {
  const i = words.indexOf(last);
  const next = words[i + 1];
  return !!next && !last.punctAfter && next.tags.has('Verb') && !/^\p{Lu}/u.test(next.text);
}

function classifyRun(
  text: string,
  run: Run,
  known: Map<string, ReturnType<typeof gazetteer> extends Map<string, infer V> ? V : never>,
  words: Word[] = [],
): ActorFinding[] {
  const out: ActorFinding[] = [];
  let ws = run.words;
  while (ws.length && FUNCTION_WORDS.has(ws[0]!.lower)) ws = ws.slice(1);
  if (ws !== run.words && ws.length) run = { ...run, words: ws, sentenceStart: false };
  // Drop a sentence-initial word that is not itself a name ("Hence Berlin", "Equally").
  if (!ws.length) return out;
  const institution = institutionalRun(text, ws);
  if (institution) return [institution];
  const verbAfter = words.length > 0 && nextIsVerb(words, ws[ws.length - 1]!);
  const leadingName =
    run.sentenceStart &&
    !TITLE_RE.test(ws[0]!.text) &&
    ws.length >= 2 &&
    ws.length <= 3 &&
    verbAfter &&
    ws.slice(1).every((w) => w.tags.has('ProperNoun') || w.tags.has('Person')) &&
    !ws.some((w) => known.has(w.text));
  if (leadingName)
    return [
      {
        start: ws[0]!.start,
        end: stripPossessive(ws[ws.length - 1]!).end,
        text: text.slice(ws[0]!.start, stripPossessive(ws[ws.length - 1]!).end),
        name: text.slice(ws[0]!.start, stripPossessive(ws[ws.length - 1]!).end),
        kind: 'person',
      },
    ];
  while (
    ws.length &&
    ws === run.words &&
    run.sentenceStart &&
    !isNameWord(ws[0]!) &&
    !TITLE_RE.test(ws[0]!.text) &&
    !LONE_INSTITUTIONS.test(stripPossessive(ws[0]!).text) &&
    !COLLECTIVES.test(ws[0]!.text) &&
    !(/s$/.test(ws[0]!.text) && demonymSet().has(ws[0]!.text.slice(0, -1))) &&
    !TITLE_ABBREVIATIONS.test(ws[0]!.text)
  ) {
    ws = ws.slice(1);
    while (ws.length && CONNECTORS.has(ws[0]!.lower)) ws = ws.slice(1);
  }
  if (!ws.length) return out;
  // Split the run at gazetteer names so "Berlin Paris" or "German Chancellor Olaf Scholz" part cleanly.
  let i = 0;
  while (i < ws.length) {
    let matched = false;
    for (let len = Math.min(5, ws.length - i); len >= 1; len--) {
      const slice = ws.slice(i, i + len);
      const last = stripPossessive(slice[slice.length - 1]!);
      const name = text.slice(slice[0]!.start, last.end);
      const withThe = /\bthe\s+$/i.test(text.slice(Math.max(0, slice[0]!.start - 5), slice[0]!.start))
        ? known.get(`the ${name}`)
        : undefined;
      const hit = withThe ?? known.get(name) ?? known.get(undot(name));
      // A known name inside a longer capitalised phrase ("Iberian Peninsula", "Madrid Stock Exchange") is not the country.
      const rest = ws.slice(i + len);
      if (hit && !longerName(rest)) {
        const capital =
          hit.name !== name && !/^[A-Z]{2,}$/.test(name) && !hit.name.includes(name) && hit.capitals?.includes(name);
        if (capital && LOCATIVE.test(text.slice(Math.max(0, slice[0]!.start - 20), slice[0]!.start))) {
          // "ambulances in London": the city itself, not the government it hosts.
          out.push({ start: slice[0]!.start, end: last.end, text: name, name, kind: 'place' });
        } else {
          out.push({
            start: slice[0]!.start,
            end: last.end,
            text: name,
            name: hit.name,
            kind: hit.kind,
            knownId: hit.id,
            knownName: hit.name,
          });
        }
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // No gazetteer name at i: take the rest up to the next gazetteer hit as one phrase.
    let j = i + 1;
    while (j < ws.length && !startsKnown(text, ws, j, known)) j++;
    const phrase = ws.slice(i, j);
    const definite = /\bthe\s+$/i.test(text.slice(Math.max(0, phrase[0]!.start - 5), phrase[0]!.start));
    const f = classifyPhrase(text, phrase, definite, run.sentenceStart && phrase[0] === run.words[0]);
    if (f) out.push(...f);
    i = j;
  }
  return out;
}

/** Reads a dotted abbreviation as its acronym: "U.S." → "US". */
export function undot(name: string): string {
  return /^(?:\p{Lu}\.){2,}$/u.test(name) ? name.replace(/\./g, '') : name;
}

/** Whether the words after a known name make it part of a longer name: "Paris Agreement", "Madrid Stock Exchange". */
function longerName(rest: Word[]): boolean {
  const head = rest[rest.length - 1]?.text ?? '';
  return rest.length > 0 && (ORG_HEADS.test(head) || PLACE_HEADS.test(head) || EVENT_HEADS.test(head));
}

function startsKnown(text: string, ws: Word[], j: number, known: Map<string, unknown>): boolean {
  for (let len = Math.min(5, ws.length - j); len >= 1; len--) {
    const last = stripPossessive(ws[j + len - 1]!);
    const name = text.slice(ws[j]!.start, last.end);
    if (known.has(name) || known.has(undot(name))) {
      if (!longerName(ws.slice(j + len))) return true;
    }
  }
  return false;
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

function classifyPhrase(
  text: string,
  phrase: Word[],
  definite: boolean,
  sentenceStart: boolean,
): ActorFinding[] | null {
  // Peel off nationality adjectives: "German Chancellor …", "Mexican voters".
  const nationalities = demonymSet();
  const tail = phrase[phrase.length - 1]!.text;
  const institutional = ORG_HEADS.test(tail) || PLACE_HEADS.test(tail) || EVENT_HEADS.test(tail);
  for (let peeled = !institutional; peeled && phrase.length;) {
    peeled = false;
    for (const len of [2, 1]) {
      if (
        phrase.length >= len &&
        nationalities.has(
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
  if (!phrase.length) return null;
  // Peel off titles: "Chancellor Olaf Scholz" → role Chancellor, name Olaf Scholz.
  let role: string | undefined;
  for (let len = Math.min(3, phrase.length - 1); len >= 1; len--) {
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
  if (!phrase.length) return null;
  const first = phrase[0]!;
  const lastWord = phrase[phrase.length - 1]!;
  const last = stripPossessive(lastWord);
  const start = first.start;
  const end = last.end;
  const name = text.slice(start, end);
  const head = last.text;
  const finding = (kind: ActorKind): ActorFinding[] => {
    // A named group keeps its article: "the West" is the name, and the mention.
    if (kind === 'group' && definite) {
      const window = Math.max(0, start - 8);
      const from = window + text.slice(window, start).search(/the\s+$/i);
      const withThe = text.slice(from, end);
      return [{ start: from, end, text: withThe, name: withThe.charAt(0).toLowerCase() + withThe.slice(1) }].map(
        (f) => ({ ...f, kind }),
      );
    }
    return [{ start, end, text: name, name, kind, ...(role && { role }) }];
  };
  if (phrase.length === 1 && (ACRONYM_STOP.has(head) || ACRONYM_STOP.has(undot(head)))) return null;
  // "COP28": numbered conferences are events.
  if (phrase.length === 1 && /^[A-Z]{2,}\d{2,}$/.test(head)) return null;
  if (phrase.length === 1 && /^[A-Z][A-Z0-9&]{1,6}s?$/.test(undot(head))) {
    return /s$/.test(head) && head.length > 3 ? null : finding('organization');
  }
  if (EVENT_HEADS.test(head)) return null;
  if (ORG_HEADS.test(head) && (phrase.length > 1 || definite)) return finding('organization');
  // Romance-language names put the institution first: "Banco de México", "Parti socialiste".
  if (phrase.length > 1 && LEADING_ORG_HEADS.test(first.text)) return finding('organization');
  if (PLACE_HEADS.test(head) && phrase.length > 1) return finding('place');
  if (phrase.length === 1 && LONE_INSTITUTIONS.test(head)) return finding('organization');
  // A people named as a whole ("Ukrainians", "Palestinians") or a known collective is a group.
  if (phrase.length === 1 && (COLLECTIVES.test(head) || (/s$/.test(head) && demonymSet().has(head.slice(0, -1))))) {
    return finding('group');
  }
  if (FUNCTION_WORDS.has(first.lower) && phrase.length === 1) return null;
  // "the Federal Reserve": two capitalised words after "the" name an institution.
  if (
    definite &&
    phrase.length === 2 &&
    !role &&
    !/^(?:Global South|Global North)$/.test(name) &&
    !phrase.some((w) => w.tags.has('FirstName'))
  )
    return finding('organization');
  // "the West", "the Taliban", "the Global South": a capitalised name after "the".
  if (
    definite &&
    phrase.length <= 2 &&
    !role &&
    !phrase.some((w) => w.tags.has('Person') && !w.tags.has('ProperNoun'))
  ) {
    if (
      /^(?:West|East|North|South|Global South|Global North|Allies|Axis)$/.test(name) ||
      (!phrase.some((w) => w.tags.has('FirstName')) &&
        phrase.every((w) => w.tags.has('ProperNoun') || w.tags.has('Noun')))
    ) {
      return finding('group');
    }
  }
  // A lone unknown name after a place preposition ("such as Odesa", "in Kharkiv") is a place.
  if (
    phrase.length === 1 &&
    !sentenceStart &&
    !role &&
    first.tags.has('ProperNoun') &&
    !first.tags.has('Person') &&
    !first.tags.has('FirstName') &&
    !first.tags.has('LastName') &&
    /\b(?:in|at|from|to|near|across|outside|inside|around|such as|towards?|via|into)\s+$/i.test(
      text.slice(Math.max(0, start - 12), start),
    )
  ) {
    return finding('place');
  }
  const personish = phrase.some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName'));
  if (role && phrase.length <= 4) return finding('person');
  if (personish && !phrase.some((w) => w.tags.has('Place') || w.tags.has('Organization'))) {
    if (phrase.length === 1 && sentenceStart && !first.tags.has('LastName') && !first.tags.has('Person')) return null;
    return finding('person');
  }
  if (phrase.some((w) => w.tags.has('Organization'))) return finding('organization');
  if (phrase.some((w) => w.tags.has('Place') || w.tags.has('City') || w.tags.has('Region'))) return finding('place');
  // Two or three unknown capitalised words mid-sentence are most often a person's name.
  if (
    !sentenceStart &&
    phrase.length >= 2 &&
    phrase.length <= 3 &&
    phrase.every((w) => w.tags.has('ProperNoun') || w.tags.has('Noun'))
  ) {
    return finding('person');
  }
  // "a Gallup poll", "a Reuters report": an unknown name that issues polls, reports or statements.
  if (
    phrase.length === 1 &&
    !sentenceStart &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(head) &&
    !personish &&
    /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
    /^\s+(?:poll|polls|survey|report|study|analysis|spokesman|spokeswoman|spokesperson|statement|official|officials|executive|executives|memo|data|index|estimate|estimates|investigation|filing)\b/.test(
      text.slice(end, end + 16),
    )
  ) {
    return finding('organization');
  }
  // One unknown name that says or thinks something, or has a surname's ending, is a person:
  // "as Zelensky said", "Nadella argues". Other lone unknown names are left alone.
  if (phrase.length === 1 && !sentenceStart && !FUNCTION_WORDS.has(first.lower) && /^\p{Lu}\p{Ll}{2,}$/u.test(head)) {
    const after = text.slice(end, end + 14);
    if (
      SURNAME_ENDINGS.test(head) ||
      /^\s+(?:said|says|told|tells|argued|argues|warned|warns|wrote|writes|insisted|insists|added|believes|thinks|wants|wanted)\b/.test(
        after,
      )
    ) {
      return finding('person');
    }
  }
  return null;
}
