import type { Claim } from '../model/article.ts';
import { tagWords, type Word } from '../segment/tag-words.ts';
import { confidenceOf } from './rule-confidence.ts';
import {
  APPEAL_VERBS,
  CONDITION_ADJECTIVES,
  CORRECTNESS_ADJECTIVES,
  DESERT,
  EVALUATIVE_ADJECTIVES,
  FRAMING,
  IMPORTANCE_ADJECTIVES,
  INFERENCE,
  INTENSIFIERS,
  JUDGEMENT_NOUNS,
  JUDGEMENT_VERBS,
  MORE_NEEDED,
  MOTIVE_NOUNS,
  NEUTRAL_LY_ADVERBS,
  NON_DIRECTIVE_IMPERATIVES,
  OPENING_PREPOSITIONS,
  BACK_IN_TIME,
  PERFORMANCE,
  PLEDGE_VERBS,
  REPORTING_VERBS,
  SIGNIFICANCE,
  STANCE_MARKERS,
  valenceOf,
} from './claim-lexicon.ts';

/** The classifier's answer: the kind, the words or rule that decided it, and how sure it is. */
export type ClaimDecision = Pick<Claim, 'kind' | 'cue' | 'rule' | 'confidence'>;

/** What the classifier needs to know of a sentence beyond its words. */
export interface ClaimEvidence {
  figures: number;
  dates: number;
  actors: number;
  /** The sentence's tagged words, in order (any offsets). Without them the sentence is tagged here. */
  words?: Word[];
}

/** A sentence as the rules see it: its text and its tagged words. */
interface Sentence {
  text: string;
  words: Word[];
}

/** A named rule: returns the words that decided the kind, or nothing when it does not apply. */
interface ClaimRule {
  name: string;
  kind: Claim['kind'];
  test: (s: Sentence) => string | undefined;
}

const has = (w: Word | undefined, tag: string) => w?.tags.has(tag) ?? false;
const re = (source: string) => new RegExp(source, 'i');
const FIRST_PERSON = /^(?:i|we)$/;
// "be" after a modal belongs to the forecast or the obligation, not to a statement of state.
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'remains', 'remain', 'seems', 'seem', "'s", "'re"]);
// compromise keeps "It's", "We're" as one pronoun: the copula is inside.
const isCopula = (w: Word) => COPULAS.has(w.lower) || (has(w, 'Pronoun') && /'(?:s|re)$/.test(w.lower));

// Stance markers as one pattern, longest first so "quite clearly" wins over "clearly".
const STANCE = new RegExp(
  `\\b(?:${[...STANCE_MARKERS]
    .sort((a, b) => b.length - a.length)
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b|\\b(?:seems?|appears?|seemed|appeared) to\\b|^it (?:seems|appears)\\b`,
  'i',
);
const FIRST_PERSON_JUDGEMENT = re(`\\b(?:I|we)(?: \\w+ly| also| still| all| do)? (?:${JUDGEMENT_VERBS})\\b`);
const REPORTED = re(`\\b(?:${REPORTING_VERBS})\\b|\\baccording to\\b`);
const REPORTED_ALL = new RegExp(REPORTED.source, 'gi');
// "should be told", "would be said": a modal's passive asks or predicts a telling, it reports none.
const NOT_REPORTING_BEFORE = /^(?:to|not|will|would|could|can|may|might|must|should|you|be)$/;
const APPEAL = re(
  `\\b(?:I|we)(?: am| are|'m|'re)?(?: \\w+ly)? (?:(?:${APPEAL_VERBS})\\b|(?:call|calling) (?:on|upon|for)\\b)|\\b(?:call|calls|calling|urge|urges|urging) (?:on|upon)\\b`,
);
const PLEDGE = re(`\\b(?:${PLEDGE_VERBS})\\b`);
const DEONTIC_NOUN =
  /\b(?:the (?:\w+ )?(?:imperative|need|duty|obligation|responsibility) (?:for \w+(?: \w+){0,3} )?to|ha(?:s|ve) (?:a|an) (?:\w+ )?(?:role|part|duty|responsibility|obligation) to|it(?: is|'s)(?: now| also)? (?:time|critical|essential|vital|imperative|crucial|necessary|important|urgent) (?:for|that|to)|(?:is|are)(?: \w+ly)? (?:necessary|essential|vital|needed|required) to \w+)\b/i;
const NECESSITY =
  /\b(?:demands|demanding|requires|requiring|warrants|calls for)\b(?:\s+\S+){0,4}?\s+(?:response|action|reform|steps|measures|attention|intervention)\b/i;
const LIKELIHOOD =
  /\b(?:is|are|was|were|seems?|appears?|remains?)(?: \w+ly)? (?:likely|unlikely|expected|projected|forecast|set|poised|bound|going) to\b/i;

const FUTURE_MODALS = new Set(['will', "'ll", 'shall', "won't", 'would', "'d", "wouldn't"]);
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);
const DEONTIC_MODALS = new Set(['must', 'should', 'ought', "mustn't", "shouldn't"]);
// "What will happen is…": a free relative's modal is the subject, not the sentence's forecast.
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'what', 'if', 'unless', 'lest', 'whether', 'because']);
const PAST_AUXILIARIES = /^(?:did|didn't|had|hadn't|was|wasn't|were|weren't)$/;
const EMBEDDERS = /^(?:that|because|if|how|when|so|whether|why)$/;
// A speaker's own "must" before these is a way of speaking, not an obligation ("I must say").
const PERFORMATIVE = new Set(['say', 'admit', 'confess', 'note', 'stress', 'emphasize', 'emphasise', 'add']);

/**
 * Finds a modal from `set` that carries its own clause: not inside a relative or conditional
 * clause ("that will", "if they should"), and not the future of a past report ("told them that
 * the army will", "I said I would"), where the sentence states what was said or done.
 */
function mainClauseModal(words: Word[], set: Set<string>): Word | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!set.has(w.lower) || !has(w, 'Verb')) continue;
    if (i === 0 && w.lower === 'should') continue; // "Should the talks fail, …" is a condition
    let j = i - 1;
    let subordinate = false;
    let past = false;
    let embedded = false;
    for (; j >= 0 && !words[j]!.punctAfter; j--) {
      const v = words[j]!;
      const near = i - j <= 4;
      if (near && RELATIVES.has(v.lower)) subordinate = true;
      // "that" after a noun (or after "and"), or straight before the modal, opens a relative clause.
      if (v.lower === 'that' && (j === i - 1 || (near && (has(words[j - 1], 'Noun') || words[j - 1]?.lower === 'and'))))
        subordinate = true;
      // A past verb frames the modal only across a new clause ("said (that) it would"); a participle
      // in the subject ("the newly elected parliament will") does not.
      if ((has(v, 'PastTense') && !has(v, 'Passive') && !has(words[j - 1], 'Copula')) || PAST_AUXILIARIES.test(v.lower))
        past ||= embedded;
      if (EMBEDDERS.test(v.lower) || (has(v, 'Pronoun') && !has(v, 'Possessive'))) embedded = true;
    }
    if (!subordinate && !past) return w;
  }
  return undefined;
}

/** Finds the copula's predicate when it grades or evaluates: "is very low", "is a good report", "is important". */
function evaluativePredicate(words: Word[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    if (!isCopula(words[i]!) || words[i]!.punctAfter) continue;
    for (const run of predicateRuns(words.slice(i + 1, i + 10))) {
      const cue = judgedPredicate(run);
      if (cue) return `${words[i]!.text} ${cue}`;
    }
  }
  return undefined;
}

/**
 * Splits what follows a copula into its conjoined predicates' modifier runs ("well run and
 * remarkably cheap" gives [well], [] and [remarkably, cheap]), up to a noun or a preposition.
 */
function predicateRuns(after: Word[]): Word[][] {
  const runs: Word[][] = [[]];
  for (const w of after) {
    if (/^(?:and|or|but)$/.test(w.lower)) runs.push([]);
    else if (has(w, 'Adverb') || has(w, 'Adjective') || isEvaluative(w)) runs.at(-1)!.push(w);
    else if (has(w, 'Verb'))
      runs.push([]); // a participle: "run and …"
    else if (!(w.lower === 'not' || has(w, 'Determiner') || has(w, 'Possessive'))) break;
    // A comma ends the predicate, except in a repeated intensifier: "very, very low".
    if (w.punctAfter && !INTENSIFIERS.has(w.lower)) break;
  }
  return runs;
}

/** Tells whether a predicate's adjectives grade or rate: "very low", "strong", "important". */
function judgedPredicate(run: Word[]): string | undefined {
  const head = run.at(-1);
  if (!head || !(has(head, 'Adjective') || isEvaluative(head))) return undefined;
  if (/ed$/.test(head.lower) && !EVALUATIVE_ADJECTIVES.has(head.lower)) return undefined;
  const graded = run.slice(0, -1).some((w) => INTENSIFIERS.has(w.lower) || valenceOf(w.lower) !== 0);
  const rated =
    (valenceOf(head.lower) !== 0 && !CONDITION_ADJECTIVES.has(head.lower)) ||
    IMPORTANCE_ADJECTIVES.has(head.lower) ||
    EVALUATIVE_ADJECTIVES.has(head.lower) ||
    ratedComparative(head.lower);
  if (!graded && !rated && !CORRECTNESS_ADJECTIVES.has(head.lower)) return undefined;
  return run.map((w) => w.text).join(' ');
}

/** Words of a closed evaluative class, whatever compromise tags them ("welcome" reads as a verb). */
function isEvaluative(w: Word): boolean {
  return EVALUATIVE_ADJECTIVES.has(w.lower) || CORRECTNESS_ADJECTIVES.has(w.lower);
}

/** Tells a comparative of a rated adjective: "riskier" (risky), "safer" (safe), "worse". */
function ratedComparative(lower: string): boolean {
  const m = /^(\w{3,}?)(i?)er$/.exec(lower);
  if (!m) return false;
  const stem = m[1]!;
  const bases = m[2] ? [`${stem}y`] : [stem, `${stem}e`, stem.replace(/(\w)\1$/, '$1')];
  return bases.some((b) => valenceOf(b) !== 0 || EVALUATIVE_ADJECTIVES.has(b));
}

/** Finds "made the roads safer", "makes life harder": a result judged by a rated comparative. */
function judgedResult(words: Word[]): string | undefined {
  for (let i = 0; i < words.length - 2; i++) {
    if (!/^(?:make|makes|made|making)$/.test(words[i]!.lower)) continue;
    // "to make the roads safer" states an aim, not a judged result.
    if (words[i - 1]?.lower === 'to') continue;
    for (let j = i + 2; j <= Math.min(words.length - 1, i + 4); j++) {
      const w = words[j]!;
      if (/^(?:better|worse)$/.test(w.lower) || ratedComparative(w.lower)) return `${words[i]!.text} … ${w.text}`;
      if (words[j - 1]!.punctAfter) break;
    }
  }
  return undefined;
}

/** Finds a "-ly" adverb set off by a comma, the writer's comment on the clause ("The firm paid, grudgingly."). */
function commentAdverb(s: Sentence): string | undefined {
  const m = /,\s+(\p{Ll}+ly)\s*(?:[,.;!]|$)/u.exec(s.text);
  return m && !NEUTRAL_LY_ADVERBS.has(m[1]!) ? m[1] : undefined;
}

/** Finds an evaluative adjective fronted before its copula: "Just as important to voters is…". */
function frontedEvaluation(words: Word[]): string | undefined {
  let i = 0;
  while (has(words[i], 'Adverb')) i++;
  const adj = words[i];
  if (!adj || !has(adj, 'Adjective')) return undefined;
  if (!(IMPORTANCE_ADJECTIVES.has(adj.lower) || Math.abs(valenceOf(adj.lower)) >= 2)) return undefined;
  const copula = words.slice(i + 1, i + 5).find(isCopula);
  return copula
    ? words
        .slice(0, i + 1)
        .map((w) => w.text)
        .join(' ')
    : undefined;
}

/**
 * Tells a superlative: compromise's tag, or (as it tags "the best", "the city's finest" as nouns) an
 * -est word after "the" or a possessive whose base is itself a rated word ("fine", "great").
 */
function isSuperlative(w: Word, prev: Word | undefined): boolean {
  if (has(w, 'Superlative') || /^(?:best|worst)$/.test(w.lower)) return true;
  if (!/est$/.test(w.lower) || !(prev?.lower === 'the' || has(prev, 'Possessive'))) return false;
  const stem = w.lower.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1), `${stem.slice(0, -1)}y`].some((b) => b.length > 2 && valenceOf(b) !== 0);
}

/**
 * Finds a superlative of a well-rated word ("the best", "the greatest", "most successful"): praise
 * by ranking. Negative ones name records or groups ("the worst drought since 1980", "the poorest").
 */
function ratedSuperlative(words: Word[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isSuperlative(w, words[i - 1]) && valenceOf(w.lower) >= 2) return w.text;
    const next = words[i + 1];
    if (w.lower === 'most' && next && has(next, 'Adjective') && valenceOf(next.lower) >= 2)
      return `${w.text} ${next.text}`;
  }
  return undefined;
}

/** Finds "X needs Y" said of others ("the country needs leaders"): a judgement of what is lacking. */
function thirdPersonNeed(words: Word[]): string | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    const [prev, w, next] = [words[i - 1]!, words[i]!, words[i + 1]!];
    if (!/^needs?$/.test(w.lower) || next.lower === 'to' || w.punctAfter) continue;
    if (has(prev, 'Noun') && !has(prev, 'Pronoun') && !has(prev, 'Adjective')) return `${prev.text} ${w.text}`;
  }
  return undefined;
}

/** Finds a sentence-initial imperative addressed to the reader: a bare verb with no subject. */
function imperative(s: Sentence): string | undefined {
  const text = s.text.replace(/^(?:please|now|so|and|but|first|finally|instead)\b,?\s*/i, '');
  if (NON_DIRECTIVE_IMPERATIVES.test(text)) return undefined;
  const negative = text.match(/^(?:don['’]t|do not) \p{Ll}+/iu);
  if (negative) return negative[0];
  const skipped = s.text.slice(0, s.text.length - text.length).match(/[\p{L}'’]+/gu)?.length ?? 0;
  const [first, next] = [s.words[skipped], s.words[skipped + 1]];
  // A capitalised word after it makes a name of both: "House Republicans pledge…".
  if (!first || has(first, 'ProperNoun') || /^\p{Lu}/u.test(next?.text ?? '')) return undefined;
  if (OPENING_PREPOSITIONS.test(first.text) || BACK_IN_TIME.test(text)) return undefined;
  // compromise marks nouns that open a sentence ("Trade talks resumed") Imperative but not Infinitive.
  if (!has(first, 'Infinitive') || has(first, 'Noun')) return undefined;
  if (/^(?:let['’]s|let us)\b/i.test(text)) return text.slice(0, text.search(/\s|$/));
  // "Transport for London will…": a verb-looking first word with a verb of its own later is a subject.
  const finiteLater = s.words
    .slice(skipped + 1)
    .some((w) => has(w, 'Modal') || (has(w, 'Verb') && has(w, 'PastTense')));
  if ((has(next, 'Preposition') || has(next, 'Conjunction')) && finiteLater) return undefined;
  // "Supply chains remain snarled": a bare noun then a verb of its own makes a subject.
  const bareNoun = has(next, 'Noun') && !has(next, 'Pronoun') && !has(next, 'Possessive');
  if (bareNoun && s.words.slice(skipped + 2).some((w) => has(w, 'Verb') && !has(w, 'Gerund'))) return undefined;
  return first.text;
}

// The rules in order: the first that applies decides. Recommendation before forecast before opinion,
// because an obligation outranks the future it speaks of ("we must act before it will be too late").
const RULES: ClaimRule[] = [
  { name: 'question', kind: 'opinion', test: (s) => (/\?["”’)]*\s*$/.test(s.text) ? '?' : undefined) },
  {
    name: 'attributed-quote',
    kind: 'fact',
    test: (s) => {
      const outside = s.text.replace(/["“][^"”]*["”]/g, ' ');
      return /["“][^"”]{3,}["”]/.test(s.text) ? outside.match(REPORTED)?.[0] : undefined;
    },
  },
  {
    name: 'reported',
    kind: 'fact',
    test: (s) => {
      for (const m of s.text.matchAll(REPORTED_ALL)) {
        const verb = m[0].toLowerCase();
        const at = s.words.find((w) => w.lower === verb);
        if (at && !has(at, 'Verb') && verb !== 'according to') continue;
        const before = s.text.slice(0, m.index).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
        // "hard to believe", "would say": not a report of what was said.
        if (NOT_REPORTING_BEFORE.test(before)) continue;
        // ", which suggests", "this shows": the writer's inference from what came before, not a report.
        if (/^(?:which|this|that|it)$/.test(before) && /^(?:suggest|show)/.test(verb)) continue;
        // "we find", "I think": the speaker's own present view is not a report.
        if (FIRST_PERSON.test(before) && !/ed$|told|said|wrote|found/.test(verb)) continue;
        return m[0];
      }
      return undefined;
    },
  },
  {
    // "may have been", "should have acted": speculation about, or judgement of, the past.
    name: 'speculation',
    kind: 'opinion',
    test: (s) =>
      s.text.match(
        /\b(?:may|might|could|would|must|should)(?: not)? have (?:been|\w+ed|done|gone|known|seen|taken|made)\b|\b(?:may|might|could|would)(?: not)? have(?=\s*[.,;:!?)”"]|\s*$)|\bmust be (?:obvious|clear|evident|apparent|true|the case)\b/i,
      )?.[0],
  },
  {
    // "So here is what the next government should do": the obligation sits in a free relative,
    // which the modal rule leaves alone, but the sentence announces what must be done.
    name: 'announced-recommendation',
    kind: 'recommendation',
    test: (s) =>
      s.text.match(
        /^(?:so,? |and |but )?(?:here|this|that)(?:['’]s| is| are) what (?:(?!when\b|if\b|because\b|happens\b)[\w'’-]+ ){1,4}(?:should|must|ought to|needs? to|has to|have to) (?!say\b)\w+/i,
      )?.[0],
  },
  {
    name: 'deontic-modal',
    kind: 'recommendation',
    test: (s) => {
      const m = mainClauseModal(s.words, DEONTIC_MODALS);
      const at = m ? s.words.indexOf(m) : -1;
      // "I must say" is a way of speaking; "he should say how" asks him to speak.
      const performative =
        PERFORMATIVE.has(s.words[at + 1]?.lower ?? '') && FIRST_PERSON.test(s.words[at - 1]?.lower ?? '');
      if (m && !performative) return m.text;
      // "had to" is a past necessity (a fact); "will have to" a forecast of one.
      return s.text.match(
        /(?<!\b(?:will|would|'ll|to|may|might|could) )\b(?:need|needs|has|have) to\b(?! do with)|\bhad better\b/i,
      )?.[0];
    },
  },
  { name: 'deontic-phrase', kind: 'recommendation', test: (s) => s.text.match(DEONTIC_NOUN)?.[0] },
  { name: 'appeal', kind: 'recommendation', test: (s) => s.text.match(APPEAL)?.[0] },
  { name: 'imperative', kind: 'recommendation', test: imperative },
  { name: 'necessity', kind: 'recommendation', test: (s) => s.text.match(NECESSITY)?.[0] },
  { name: 'first-person-judgement', kind: 'opinion', test: (s) => s.text.match(FIRST_PERSON_JUDGEMENT)?.[0] },
  { name: 'stance-marker', kind: 'opinion', test: (s) => s.text.match(STANCE)?.[0] },
  {
    name: 'future-modal',
    kind: 'forecast',
    test: (s) => {
      const m = mainClauseModal(s.words, FUTURE_MODALS);
      const next = m && s.words[s.words.indexOf(m) + 1];
      return m ? `${m.text}${next ? ` ${next.text}` : ''}` : s.text.match(/\b(?:is|are|am) going to\b/i)?.[0];
    },
  },
  {
    name: 'possibility-modal',
    kind: 'forecast',
    test: (s) => {
      const m = mainClauseModal(s.words, POSSIBILITY_MODALS);
      const next = m && s.words[s.words.indexOf(m) + 1];
      // "could not" mostly tells a past inability ("residents could not leave").
      if (m?.lower === 'could' && next?.lower === 'not') return undefined;
      return m && next && (has(next, 'Verb') || next.lower === 'not' || has(next, 'Adverb'))
        ? `${m.text} ${next.text}`
        : undefined;
    },
  },
  {
    name: 'likelihood',
    kind: 'forecast',
    test: (s) => {
      const m = s.text.match(LIKELIHOOD)?.[0];
      if (m) return m;
      // "is due to visit" is a schedule; "is due to bad weather" a cause.
      const i = s.words.findIndex((w, k) => w.lower === 'due' && s.words[k + 1]?.lower === 'to');
      const [verb, after] = [s.words[i + 2], s.words[i + 3]];
      // compromise may tag the verb a noun ("due to visit"): a verb is followed by its object.
      const verbal =
        has(verb, 'Infinitive') ||
        (has(verb, 'Singular') &&
          /^\p{Ll}/u.test(verb!.text) &&
          (has(after, 'Determiner') || has(after, 'Possessive')));
      return i > 0 && isCopula(s.words[i - 1]!) && verbal && !verb!.punctAfter ? 'due to' : undefined;
    },
  },
  {
    name: 'pledge',
    kind: 'forecast',
    test: (s) => {
      const m = s.text.match(PLEDGE);
      const w = m && s.words.find((x) => x.lower === m[0].toLowerCase());
      // "expects slower growth": an expectation needs no "to"; a pledge or a plan does.
      if (!m || (!/^expects?$/i.test(m[0]) && !/\bto\b|\bthat\b/.test(s.text.slice(m.index)))) return undefined;
      // compromise may tag a plural subject's "pledge" as a noun: "Republicans pledge to…", not "a pledge to".
      const i = w ? s.words.indexOf(w) : -1;
      const verbal =
        !w ||
        has(w, 'Verb') ||
        (s.words[i + 1]?.lower === 'to' && has(s.words[i - 1], 'Noun') && !has(s.words[i - 1], 'Possessive'));
      return verbal ? m[0] : undefined;
    },
  },
  {
    name: 'evaluative-predicate',
    kind: 'opinion',
    test: (s) => evaluativePredicate(s.words) ?? frontedEvaluation(s.words),
  },
  { name: 'rated-superlative', kind: 'opinion', test: (s) => ratedSuperlative(s.words) },
  {
    name: 'interpretation',
    kind: 'opinion',
    test: (s) =>
      s.text.match(SIGNIFICANCE)?.[0] ??
      s.text.match(MOTIVE_NOUNS)?.[0] ??
      s.text.match(INFERENCE)?.[0] ??
      s.text.match(FRAMING)?.[0] ??
      s.text.match(DESERT)?.[0] ??
      s.text.match(JUDGEMENT_NOUNS)?.[0] ??
      s.text.match(PERFORMANCE)?.[0] ??
      judgedResult(s.words) ??
      commentAdverb(s),
  },
  {
    name: 'need-judgement',
    kind: 'opinion',
    test: (s) => s.text.match(MORE_NEEDED)?.[0] ?? thirdPersonNeed(s.words),
  },
];

// Past participles the tagger may call adjectives ("is not known"): regular ones and the common irregular.
const PARTICIPLE =
  /^(?:\p{Ll}+ed|known|shown|grown|drawn|paid|done|said|made|built|sold|held|kept|told|found|seen|given|taken|met|set|spent|won|lost)$/u;

/** Finds a main clause's present "is not" / "are not" / "isn't" before a noun or adjective (not a passive). */
function presentDenial(words: Word[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    const contracted = /^(?:isn['’]t|aren['’]t)$/i.test(w.text);
    if (!contracted && !(/^(?:is|are)$/i.test(w.text) && /^(?:not|never)$/i.test(words[i + 1]!.text))) continue;
    if (words.slice(Math.max(0, i - 3), i).some((v) => RELATIVES.has(v.lower) || v.lower === 'that' || v.punctAfter))
      continue;
    // "There are not enough teachers": a count, checkable.
    if (words[i - 1]?.lower === 'there') continue;
    const next = words[i + (contracted ? 1 : 2)];
    // "is not paying", "is not falling": an event, checkable.
    if (next && (has(next, 'Gerund') || /ing$/.test(next.lower))) continue;
    // "is not known", "are not paid": a passive reports; "is not a crisis", "are not secret" deny.
    if (
      !next ||
      has(next, 'Passive') ||
      has(next, 'PastTense') ||
      has(next, 'Participle') ||
      PARTICIPLE.test(next.lower)
    )
      continue;
    return contracted ? w.text : `${w.text} ${words[i + 1]!.text}`;
  }
  return undefined;
}

/**
 * Classifies a sentence as a fact, forecast, recommendation or opinion from its grammar and
 * general word classes. A declarative statement of a past or present state or event is a fact
 * unless a rule finds positive evidence of another kind.
 */
export function classifyClaim(sentence: string, evidence: ClaimEvidence): ClaimDecision {
  const s: Sentence = { text: sentence.trim(), words: evidence.words ?? tagWords(sentence) };
  for (const rule of RULES) {
    const cue = rule.test(s)?.trim();
    if (cue) return decide(rule.kind, rule.name, cue);
  }
  // "The numbers are not secret", "This is not a crisis": a present denial that names nothing and
  // counts nothing contradicts a view; it states no checkable fact.
  const cue = evidence.figures + evidence.dates + evidence.actors === 0 ? presentDenial(s.words) : undefined;
  if (cue) return decide('opinion', 'present-denial', cue);
  // No evidence of another kind: a statement of fact, more surely so when it holds numbers or dates.
  const anchored = evidence.figures + evidence.dates > 0;
  return decide(
    'fact',
    anchored ? 'declarative-anchored' : 'declarative',
    anchored ? 'numbers or dates' : 'declarative',
  );
}

function decide(kind: Claim['kind'], name: string, cue: string): ClaimDecision {
  const rule = `claim.${name}`;
  return { kind, rule, cue, confidence: confidenceOf(rule) };
}
