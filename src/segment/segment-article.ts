import type { ArticleSource } from '../read/read-article.ts';
import { segmentSections, type OmittedBlock, type RawSection } from './segment-sections.ts';
import { segmentSentences, type SentenceSpan } from './segment-sentences.ts';
import { tagWords, type Word } from './tag-words.ts';

/** A section cut into what every later stage reads: its sentences and its tagged words. */
export interface SegmentedSection extends RawSection {
  sentences: SentenceSpan[];
  words: Word[];
}

/** Segments an article once: sections, then each section's sentences and tagged words. */
export function segmentArticle(source: ArticleSource): {
  sections: SegmentedSection[];
  firstHeading: string | null;
  omitted: OmittedBlock[];
} {
  const { sections, firstHeading, omitted } = segmentSections(source);
  return {
    firstHeading,
    omitted,
    sections: sections.map((s) => ({ ...s, sentences: segmentSentences(s.text), words: tagWords(s.text) })),
  };
}
