import type { Claim, Mention } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import type { SegmentedSection } from '../segment/segment-article.ts';
import { spansWithin } from '../segment/span-set.ts';
import { classifyClaim } from '../extract/classify-claim.ts';
import { applyClaimContext } from '../link/context-notes.ts';

/**
 * Classifies each sentence of a section as a claim (`<section>-c<n>`), with the actors, figures and
 * dates mentioned inside it, then applies the editor's reviews. Mentions are in text order.
 */
export function classifySentences(
  id: string,
  section: Pick<SegmentedSection, 'sentences' | 'words'>,
  mentions: Mention[],
  contexts: LoadedContext[],
): Claim[] {
  return section.sentences.map((sentence, n) => {
    const inside = spansWithin(mentions, sentence);
    const refsOf = (kind: Mention['kind']) => [...new Set(inside.filter((m) => m.kind === kind).map((m) => m.ref))];
    const [actors, figures, dates] = [refsOf('actor'), refsOf('figure'), refsOf('date')];
    const decision = classifyClaim(sentence.text, {
      figures: figures.length,
      dates: dates.length,
      actors: actors.length,
      words: spansWithin(section.words, sentence),
    });
    const claim: Claim = {
      id: `${id}-c${n + 1}`,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      curated: false,
      ...decision,
      actors,
      figures,
      dates,
    };
    return applyClaimContext(claim, contexts);
  });
}
