import type { Word } from '../../segment/tag-words.ts';
import {
  AGREEMENT_HEADS,
  CONNECTORS,
  INDEX_HEADS,
  TAX_HEADS,
  lexiconTag,
  LAW_HEADS,
  ORG_HEADS,
  TITLE_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  TITLE_RE,
} from './lexicon.ts';

/** Consecutive capitalised words, the raw material of every name. */
export interface Run {
  words: Word[];
  /** Whether the run opens a sentence, where a capital says nothing. */
  sentenceStart: boolean;
}

/** Groups consecutive capitalised words (with "of", "for"… inside an institution's name) into runs. */
export function capitalisedRuns(text: string, words: Word[]): Run[] {
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
      runs.push({ words: current, sentenceStart });
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
        (gap === ', ' && isCapitalised(w) && portfolioList(current, words, i)) ||
        ((TITLE_ABBREVIATIONS.test(prev.text) ||
          (PLACE_ABBREVIATIONS.test(prev.text) && current.length === 1) ||
          /^\p{Lu}$/u.test(prev.text)) &&
          /^\.\s+$/.test(gap)) ||
        (gap === '-' && isCapitalised(prev)));
    if (isCapitalised(w)) {
      // "High-level", "Kremlin-backed": a capital hyphened to a lowercase word is a modifier, alone.
      const next = words[i + 1];
      if (text[w.end] === '-' && next?.start === w.end + 1 && !isCapitalised(next) && next.text.length >= 3) {
        flush();
        current.push(w);
        flush();
        continue;
      }
      if (current.length && !adjacent) flush();
      current.push(w);
      // "Sen. Warren", "John F. Kennedy": a title or an initial keeps its full stop inside the name.
      // "Co. Clare", "Mt. Kenya": so does a place's.
      const abbreviation =
        (TITLE_ABBREVIATIONS.test(w.text) ||
          /^\p{Lu}$/u.test(w.text) ||
          // Only opening a name: "Ford Motor Co. Workers" is a company and a new sentence.
          (PLACE_ABBREVIATIONS.test(w.text) && current.length === 1 && !!next && isCapitalised(next))) &&
        text[w.end] === '.';
      const hyphenated = text[w.end] === '-' && next?.start === w.end + 1 && isCapitalised(next);
      // A possessive ends a name: "Harvard University's Joint Center" is two names; but a plural
      // common noun's possessive goes on with one: "People's Liberation Army", "Hanoi People's
      // Committee", "Children's Hospital".
      const pluralInName =
        /Plural/.test(lexiconTag(w.lower.replace(/['’]s?$/, ''))) &&
        (current.length === 1 || nextCapitalised(words, i));
      const possessive = /['’]s?$/.test(w.text) && !pluralInName;
      const listed = text.slice(w.end, w.end + 2) === ', ' && portfolioList(current, words, i + 1);
      if ((w.punctAfter && !abbreviation && !hyphenated && !listed && !/['’]s?$/.test(w.text)) || possessive) flush();
    } else if (current.length && adjacent && ofTheInName(words, i, current)) {
      current.push(w);
    } else if (
      current.length &&
      adjacent &&
      nextCapitalised(words, i) &&
      ((CONNECTORS.has(w.lower) && !(/^(?:of|for)$/.test(w.lower) && fullName(current))) ||
        // "Council to Homeless Persons", "Campaign to Protect Rural England": a body named for its aim.
        (w.lower === 'to' &&
          /^(?:Council|Campaign|Commission|Committee|Alliance|Coalition|Foundation|Trust|Society)$/.test(
            current[current.length - 1]!.text,
          ) &&
          current.length <= 3 &&
          !current.some((c) => TITLE_RE.test(c.text))) ||
        (/^(?:on|and)$/.test(w.lower) &&
          current.some((c) => ORG_HEADS.test(c.text)) &&
          !current.some((c) => TITLE_RE.test(c.text)) &&
          !(w.lower === 'and' && ORG_HEADS.test(current[current.length - 1]!.text))) ||
        // "CHIPS and Science Act": one document's name.
        (w.lower === 'and' && endsInDocument(words, i + 1)) ||
        // "Food and Drug Administration": common words joined by "and" before a body's head.
        (w.lower === 'and' && endsInOrgOfCommonWords(words, i + 1)))
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

/** Whether the capitalised words from i end in the head of a law, agreement, tax or index ("… Science Act"). */
function endsInDocument(words: Word[], i: number): boolean {
  let j = i;
  while (words[j + 1] && isCapitalised(words[j + 1]!) && !words[j]!.punctAfter) j++;
  return (
    !!words[j] &&
    isCapitalised(words[j]!) &&
    [LAW_HEADS, AGREEMENT_HEADS, TAX_HEADS, INDEX_HEADS].some((re) => re.test(words[j]!.text))
  );
}

/**
 * Whether the capitalised words from i, all common English words but the last, end in a body's head
 * ("Drug Administration", "Fisheries Board"): a name joined by "and", not a list of two names.
 */
function endsInOrgOfCommonWords(words: Word[], i: number): boolean {
  let j = i;
  // Only words one space apart: "Board (FB)" ends at "Board".
  while (
    words[j + 1] &&
    isCapitalised(words[j + 1]!) &&
    !words[j]!.punctAfter &&
    words[j + 1]!.start === words[j]!.end + 1
  )
    j++;
  const tail = words.slice(i, j + 1);
  return (
    tail.length >= 2 &&
    tail.every(isCapitalised) &&
    ORG_HEADS.test(tail[tail.length - 1]!.text) &&
    tail.slice(0, -1).every(isCommonNoun)
  );
}

// A known English word that is not a name, or an unknown one that compromise does not read as a name ("Drug").
const isCommonNoun = (w: Word) => {
  const tag = lexiconTag(w.lower);
  if (tag) return !/Name|Place|Country|City/.test(tag);
  return !['Person', 'Place', 'City', 'Country', 'FirstName', 'LastName'].some((k) => w.tags.has(k));
};

/**
 * Whether a body's name with "of" or "for" goes on as a comma list of portfolios closed by "and"
 * ("Department for Environment, Food and Rural Affairs"): the words from i are capitalised, with
 * commas, up to an "and" and one more capitalised word.
 */
function portfolioList(current: Word[], words: Word[], i: number): boolean {
  const k = current.findIndex((w) => ORG_HEADS.test(w.text));
  if (k < 0 || !/^(?:of|for)$/.test(current[k + 1]?.lower ?? '')) return false;
  for (let j = i; j < Math.min(words.length, i + 8); j++) {
    const w = words[j]!;
    if (w.lower === 'and') return !!words[j + 1] && isCapitalised(words[j + 1]!);
    if (!isCapitalised(w)) return false;
  }
  return false;
}

function nextCapitalised(words: Word[], i: number): boolean {
  let j = i + 1;
  while (words[j] && CONNECTORS.has(words[j]!.lower)) j++;
  return !!words[j] && isCapitalised(words[j]!);
}

/**
 * Whether the run so far is a person's full name ("John Smith" in "John Smith of Shell"): "of" after
 * it says where the person works, it does not go on with the name.
 */
function fullName(current: Word[]): boolean {
  return (
    current.length >= 2 &&
    current.slice(0, -1).some((c) => c.tags.has('FirstName')) &&
    current.at(-1)!.tags.has('Person') &&
    !current.some((c) => ORG_HEADS.test(c.text) || TITLE_RE.test(c.text))
  );
}

/** "University of the Witwatersrand", "Bank of the Philippine Islands": "of the" inside a body's name. */
function ofTheInName(words: Word[], i: number, current: Word[]): boolean {
  const w = words[i]!;
  const next = w.lower === 'of' ? words[i + 2] : words[i + 1];
  const head = w.lower === 'of' ? current.at(-1) : current.at(-2);
  const joined = w.lower === 'of' ? words[i + 1]?.lower === 'the' : w.lower === 'the' && current.at(-1)?.lower === 'of';
  return joined && !!next && isCapitalised(next) && ORG_HEADS.test(head?.text ?? '');
}

/** Whether a word starts with a capital (or an Arabic particle that starts names: "al-Sisi"). */
export function isCapitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text) || /^(?:al-|bin\s)/.test(w.text);
}

/** A word without its possessive ending, and where the name then ends. */
export function stripPossessive(w: Word): { text: string; end: number } {
  const m = /['’]s?$/.exec(w.text);
  if (m && w.text.length > 2) return { text: w.text.slice(0, m.index), end: w.end - m[0].length };
  return { text: w.text, end: w.end };
}
