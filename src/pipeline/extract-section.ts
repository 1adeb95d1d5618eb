import type { SegmentedSection } from '../segment/segment-article.ts';
import { SpanSet } from '../segment/span-set.ts';
import { extractDates, type DateFinding } from '../extract/extract-dates.ts';
import { extractActors, type ActorFinding } from '../extract/extract-actors.ts';
import { extractFigures, type FigureFinding } from '../extract/extract-figures.ts';

/** What extraction finds in one section, before linking. */
export interface SectionFindings {
  dates: DateFinding[];
  actors: ActorFinding[];
  figures: FigureFinding[];
}

/** Extracts a section's dates (financial years by the article's `country`), then its actors outside them, then its figures outside both. */
export function extractSection(
  section: SegmentedSection,
  publishedAt: string | null,
  country: string | null,
): SectionFindings {
  const { text, words } = section;
  const dates = extractDates(text, publishedAt, country);
  const dateSpans = new SpanSet(text.length, dates);
  const actors = extractActors(text, words).filter((a) => !dateSpans.overlaps(a));
  const figures = extractFigures(text, words, [...dates, ...actors], publishedAt);
  return { dates, actors, figures };
}
