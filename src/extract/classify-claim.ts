import type { Claim } from '../model/article.ts';
import type { Word } from '../segment/tag-words.ts';

/** The classifier's answer: the kind, the words or rule that decided it, and how sure it is. */
export type ClaimDecision = Pick<Claim, 'kind' | 'cue' | 'rule' | 'confidence'>;

/** What the classifier needs to know of a sentence beyond its words. */
export interface ClaimEvidence {
  figures: number;
  dates: number;
  actors: number;
  words?: Word[];
}

const RECOMMENDATION = [
  /\b(?:should|must|ought to|need to|needs to|has to|have to|had better|we need|the world needs)\b/i,
  /\b(?:it is (?:time|essential|vital|imperative|crucial|necessary) (?:to|that|for)|(?:the )?(?:imperative|need|urgency) (?:for|to) \w+ (?:to )?\w+)\b/i,
  /\b(?:let us|let's|we call on|calls? for|urge|urges)\b/i,
  /\b(?:necessary response|the answer is|the solution is|the way forward)\b/i,
  /^(?:Stop|Start|Give|Let|Make|Do|Don't|Take|Keep|Remember|Consider|Imagine)\b/,
];
const FORECAST = [
  /\b(?:will|won't|shall|is going to|are going to|is likely to|are likely to|is unlikely to|are unlikely to|is set to|are set to|is expected to|are expected to|is poised to|is bound to|could lead to|would lead to|may lead to|threatens to|in the coming|in the future|by 20[3-9]\d|next year|forecasts?|projected|predicts?)\b/i,
  /\b(?:may|might|could) (?:soon|well|eventually|emerge|become|lead|trigger|spark|result|suffice|not suffice|end|escalate)\b/i,
  /\b(?:if|unless)\b.*\b(?:would|will|could)\b/i,
  /\botherwise\b/i,
];
// Words that carry a judgement rather than a checkable statement.
const OPINION_WORDS =
  /\b(?:appears?|seems?|arguably|clearly|obviously|surely|undoubtedly|profound|serious|dark|shadows?|vigilant|crucial|imperative|dangerous|alarming|outrageous|shameful|disgraceful|absurd|foolish|wise|reckless|naive|cynical|tragic|remarkable|extraordinary|pale|might of|signals?|signifies|reminiscent|resurrects|aimed solely|chaos|totalitarian|authoritarian regimes|ambitions|I think|I believe|we believe|in my view|in our view|to me|frankly|indeed|fiercely|severely|important|necessary|unacceptable|welcome[sd]?|worse|better|best|worst|greatest|biggest threat|pretext|strategic moment|merely|simply|nothing more than|more than a|so-called|truly|deeply|profoundly|anticipated)\b/i;
const FACTUAL_VERBS =
  /\b(?:was|were|has been|have been|had|did|announced|said|signed|adopted|visited|embarked|met|launched|reported|voted|passed|approved|annexed|invaded|killed|increased|decreased|rose|fell|grew|declined|published|according to|includes?|remain|remains|persisted|has persisted|took place|occurred)\b/i;

// Reported speech is a checkable fact about what someone said, whatever the words quoted.
const REPORTING =
  /\b(?:said|says|say|told|tells|called|calls|thinks|believes|argues|argued|claims|claimed|warned|warns|blames|blamed|points to|pointed to|proposes|proposed|promised|promises|according to|announced|insists|insisted|found that|reported|wrote|writes|wants|wanted|plans|planned|intends|intended|seeks|sought|hopes|vowed|vows|pledged|pledges)\b/i;

// Markers of the writer's own view, which outweigh a reporting verb ("Frankly, nobody believes…").
const OPINION_OPENERS =
  /^(?:frankly|honestly|clearly|obviously|surely|sadly|thankfully|fortunately|unfortunately)\b|\b(?:I think|I believe|I doubt|in my view|in our view)\b/i;

/** Classifies a sentence as a fact, forecast, recommendation or opinion from its wording. */
export function classifyClaim(sentence: string, evidence: ClaimEvidence): ClaimDecision {
  const decide = (kind: ClaimDecision['kind'], rule: string, cue: string | undefined, confidence = 0.5) => ({
    kind,
    rule: `claim.${rule}`,
    cue: cue?.trim() || rule,
    confidence,
  });
  if (/\?\s*$/.test(sentence)) return decide('opinion', 'question', '?');
  // A quotation with its attribution reports what someone said, whatever the quote says.
  const outside = sentence.replace(/["“][^"”]*["”]/g, '');
  if (/["“][^"”]{3,}["”]/.test(sentence) && REPORTING.test(outside) && evidence.actors > 0) {
    return decide('fact', 'attributed-quote', outside.match(REPORTING)?.[0]);
  }
  for (const re of RECOMMENDATION) {
    const m = sentence.match(re);
    if (m) return decide('recommendation', 'deontic', m[0]);
  }
  for (const re of FORECAST) {
    const m = sentence.match(re);
    if (m) return decide('forecast', 'future', m[0]);
  }
  const opener = sentence.match(OPINION_OPENERS);
  if (opener) return decide('opinion', 'opinion-opener', opener[0]);
  const reporting = sentence.match(REPORTING);
  if (reporting && evidence.actors > 0 && !/\b(?:I|we)\b/.test(sentence)) {
    return decide('fact', 'reported', reporting[0]);
  }
  const judgements = sentence.match(new RegExp(OPINION_WORDS.source, 'gi')) ?? [];
  // Numbers and dates make a sentence checkable; a named actor with a factual verb does too.
  const hard = evidence.figures + evidence.dates;
  const factualVerb = sentence.match(FACTUAL_VERBS)?.[0];
  if (judgements.length === 0 && (hard > 0 || (evidence.actors > 0 && factualVerb))) {
    return decide('fact', hard > 0 ? 'anchored' : 'factual-verb', hard > 0 ? 'numbers or dates' : factualVerb);
  }
  if (judgements.length > 0 && hard > 0 && hard + (factualVerb ? 1 : 0) > judgements.length) {
    return decide('fact', 'anchored', 'numbers or dates');
  }
  return decide('opinion', judgements.length ? 'judgement' : 'default', judgements[0]);
}
