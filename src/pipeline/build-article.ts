import type { Article, DateRef, Figure, Section } from '../model/article.ts';
import { ArticleSchema } from '../model/article.ts';
import type { ArticleSource } from '../read/read-article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import { GlossError } from '../errors/gloss-error.ts';
import { segmentArticle } from '../segment/segment-article.ts';
import type { OmittedBlock } from '../segment/segment-sections.ts';
import { assignSectionIds } from '../segment/section-ids.ts';
import { pinnedId } from '../link/section-pins.ts';
import { echoNames } from '../link/echo-names.ts';
import { curatedMentions } from '../link/curated-mentions.ts';
import { linkActors, placeActors } from '../link/link-actors.ts';
import { linkMentions } from '../link/link-mentions.ts';
import { suppressionsOf } from '../link/suppressions.ts';
import { attachClaims } from '../link/attach-claims.ts';
import { findUnlanded } from '../link/check-landing.ts';
import { extractSection } from './extract-section.ts';
import { guessCountry } from '../extract/derive-dates.ts';
import { classifySentences } from './classify-sentences.ts';

/** Options of a build. */
export interface BuildOptions {
  /** The publication date (`YYYY-MM-DD`) when the frontmatter gives none: relative dates resolve against it. */
  publishedAt?: string;
}

/** An article model, and every curated reference that lands nowhere in it. */
export interface BuildReport {
  article: Article;
  problems: GlossError[];
}

/** Turns a read article and its curated context into the validated article model. Pure: no I/O. */
export function buildArticle(source: ArticleSource, contexts: LoadedContext[], options: BuildOptions = {}): Article {
  const { article, problems } = reportArticle(source, contexts, options);
  if (problems[0]) throw problems[0];
  return article;
}

/** Builds the article model and lists every problem with its curated context instead of stopping at the first. */
export function reportArticle(
  source: ArticleSource,
  contexts: LoadedContext[],
  options: BuildOptions = {},
): BuildReport {
  const fm = source.frontmatter;
  const publishedAt = fm.publishedAt ?? options.publishedAt ?? null;
  // 1. Segment: sections (their ids, pinned ones first), sentences and words, once.
  const { sections: raw, firstHeading, omitted } = segmentArticle(source);
  if (raw.length === 0) {
    throw new GlossError(
      { file: source.file, line: source.bodyLineOffset + 1, column: 1 },
      'the article has no paragraphs of text (only markup, code or HTML)',
      'write the op-ed as plain paragraphs',
    );
  }
  const { title, warnings: titleWarnings } = titleOf(source, firstHeading);
  const warnings = [...titleWarnings, ...omitted.map(omittedWarning)];
  const ids = assignSectionIds(raw.map((s) => ({ ...s, pinned: pinnedId(s.text, contexts) })));
  // 2. Extract: dates, actors and figures, section by section.
  const country = guessCountry(raw.map((s) => s.text).join('\n'));
  const extracted = raw.map((s, i) => ({ ...s, id: ids[i]!, ...extractSection(s, publishedAt, country) }));
  // 3. Link: names echoed, the editor's names and corrections, one actor per person, mentions and notes.
  const echoed = echoNames(extracted);
  const withEchoes = extracted.map((s, i) => ({ ...s, actors: echoed[i]! }));
  const { actors, found, knownIds } = linkActors(withEchoes, curatedMentions(withEchoes, contexts), contexts);
  const suppressed = suppressionsOf(contexts);
  const figures: Figure[] = [];
  const dates: DateRef[] = [];
  const sections: Section[] = withEchoes.map((s, i) => {
    const linked = linkMentions({ ...s, actors: found[i]! }, contexts, suppressed);
    figures.push(...linked.figures);
    dates.push(...linked.dates);
    // 4. Classify: each sentence, with what it mentions and the editor's review.
    const claims = classifySentences(s.id, s, linked.mentions, contexts);
    return { id: s.id, heading: s.heading, text: s.text, mentions: linked.mentions, claims };
  });
  attachClaims([...figures, ...dates], sections);
  // 5. Check: every reference in the article's own context lands.
  const problems = findUnlanded({ sections, figures, dates }, contexts, {
    actorIds: knownIds,
    found: {
      actor: new Set(found.flat().map((a) => a.text)),
      figure: new Set(withEchoes.flatMap((s) => s.figures.map((f) => f.text))),
      date: new Set(withEchoes.flatMap((s) => s.dates.map((d) => d.text))),
    },
  });
  // 6. Validate.
  const article = ArticleSchema.parse({
    slug: source.slug,
    title,
    dek: fm.dek ?? null,
    author: fm.author ?? null,
    publication: fm.publication ?? null,
    publishedAt,
    sourceUrl: fm.sourceUrl ?? null,
    license: fm.license ?? null,
    sourceNote: fm.sourceNote ?? null,
    sections,
    actors: placeActors(actors.values(), sections),
    figures,
    dates,
    warnings,
  });
  return { article, problems };
}

const OMITTED: Record<OmittedBlock['kind'], string> = {
  table: 'a table is left out: the site shows text; write its figures as sentences',
  html: 'raw HTML is left out: the site shows text; write it as plain Markdown',
  code: 'a code block is left out: the site shows the op-ed’s words only',
};
const omittedWarning = (block: OmittedBlock) => ({ message: OMITTED[block.kind], line: block.line });

/** The title: the frontmatter's, else the first `#` heading, else the file name (with a warning). */
function titleOf(source: ArticleSource, firstHeading: string | null): Pick<Article, 'title' | 'warnings'> {
  const title = source.frontmatter.title ?? firstHeading;
  if (title != null) return { title, warnings: [] };
  const words = source.slug.replace(/-/g, ' ');
  const fallback = words.charAt(0).toUpperCase() + words.slice(1);
  return {
    title: fallback,
    warnings: [{ message: `no title: using "${fallback}"; add \`title:\` to the frontmatter`, line: 1 }],
  };
}
