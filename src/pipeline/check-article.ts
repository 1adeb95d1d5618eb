import type { Article, ClaimKind, Mention } from '../model/article.ts';
import { noteMatches } from '../link/context-notes.ts';
import type { LoadedContext } from '../read/read-context.ts';
import { GlossError, sortByPlace, type Place } from '../errors/gloss-error.ts';
import type { BuildReport } from './build-article.ts';

/** An error in an article or its context, positioned for the editor. */
export interface CheckError extends Place {
  message: string;
  fix: string;
}

/** Something an editor should look at that does not stop the build, positioned like an error. */
export interface CheckWarning extends Place {
  message: string;
}

/** An annotation the public pages hide: below the confidence threshold and not curated. */
export interface Unsure {
  kind: Mention['kind'] | 'claim';
  text: string;
  rule: string;
  confidence: number;
  section: string;
}

/** What `npm run check` says of one article. */
export interface ArticleCheck {
  slug: string;
  file: string;
  counts: {
    sections: number;
    actors: number;
    figures: number;
    dates: number;
    mentions: Record<Mention['kind'], number>;
    claims: Record<ClaimKind, number>;
  } | null;
  /** The threshold the unsure annotations fall below. */
  minConfidence: number;
  unsure: Unsure[];
  /** Actors the context describes not (`id` and name). */
  undescribed: { id: string; name: string }[];
  errors: CheckError[];
  /** What the build left out of the text, and context entries that fit more than they may mean to. */
  warnings: CheckWarning[];
}

/** Turns a GlossError into a check error, keeping its place. */
export function toCheckError(error: GlossError): CheckError {
  return { ...error.place, message: error.message, fix: error.fix };
}

/**
 * Checks a built article for an editor: counts by kind, annotations below the threshold, actors
 * with no description, and the errors: every curated reference that lands nowhere, and every
 * claim review with a verdict but no source.
 */
export function checkArticle(
  file: string,
  { article, problems }: BuildReport,
  contexts: LoadedContext[],
  minConfidence: number,
): ArticleCheck {
  const mentions = article.sections.flatMap((s) => s.mentions.map((m) => ({ ...m, section: s.id })));
  const claims = article.sections.flatMap((s) => s.claims.map((c) => ({ ...c, section: s.id })));
  const count = <K extends string>(keys: readonly K[], of: K[]) =>
    Object.fromEntries(keys.map((k) => [k, of.filter((x) => x === k).length])) as Record<K, number>;
  const unsure: Unsure[] = [...mentions, ...claims.map((c) => ({ ...c, kind: 'claim' as const }))]
    .filter((a) => a.rule !== 'curated' && a.confidence < minConfidence)
    .map(({ kind, text, rule, confidence, section }) => ({ kind, text, rule, confidence, section }));
  // In file order, as an editor goes through the context file, whichever check found them.
  const errors = sortByPlace(
    [...problems, ...unsourcedVerdicts(claims, contexts)].flatMap((e) => e.all()).map(toCheckError),
    (e) => e,
  );
  return {
    slug: article.slug,
    file,
    counts: {
      sections: article.sections.length,
      actors: article.actors.length,
      figures: article.figures.length,
      dates: article.dates.length,
      mentions: count(
        ['actor', 'figure', 'date'],
        mentions.map((m) => m.kind),
      ),
      claims: count(
        ['fact', 'forecast', 'recommendation', 'opinion'],
        claims.map((c) => c.kind),
      ),
    },
    minConfidence,
    unsure,
    undescribed: article.actors.filter((a) => !a.description).map((a) => ({ id: a.id, name: a.name })),
    errors,
    warnings: [
      ...article.warnings.map((w) => ({ file, line: w.line ?? 1, column: 1, message: w.message })),
      ...broadMatches(article, contexts),
    ].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    ),
  };
}

/**
 * Context entries whose `match` fits more than one figure, date or sentence: the note or review
 * goes on each, which the editor may not mean ("years" for "seven years" and "40 years").
 */
function broadMatches(article: Article, contexts: LoadedContext[]): CheckWarning[] {
  const out: CheckWarning[] = [];
  const list = (texts: string[]) => texts.map((t) => JSON.stringify(t)).join(', ');
  const claims = article.sections.flatMap((s) => s.claims.map((c) => c.text));
  for (const ctx of contexts) {
    for (const key of ['figures', 'dates'] as const) {
      ctx.data[key].forEach((n, i) => {
        const fits = [...new Set(article[key].filter((f) => noteMatches(n.match, f.text)).map((f) => f.text))];
        if (fits.length < 2) return;
        out.push({
          ...ctx.placeOf([key, i, 'match']),
          message: `\`match: ${n.match}\` fits ${fits.length} ${key} (${list(fits)}): the note goes on each; quote more of the one you mean`,
        });
      });
    }
    ctx.data.claims.forEach((c, i) => {
      const fits = claims.filter((t) => t.includes(c.match));
      if (fits.length < 2) return;
      out.push({
        ...ctx.placeOf(['claims', i, 'match']),
        message: `\`match: ${c.match}\` fits ${fits.length} sentences: the review goes on each; quote more of the one you mean`,
      });
    });
  }
  return out;
}

/** Says what check has to say of an article that could not be built: the error, and those found with it. */
export function failedCheck(file: string, slug: string, error: GlossError, minConfidence: number): ArticleCheck {
  const errors = error.all().map(toCheckError);
  return { slug, file, counts: null, minConfidence, unsure: [], undescribed: [], errors, warnings: [] };
}

/** Finds the claim reviews that give a verdict on a sentence of the article without naming a source. */
function unsourcedVerdicts(claims: { text: string }[], contexts: LoadedContext[]): GlossError[] {
  const out: GlossError[] = [];
  for (const ctx of contexts) {
    ctx.data.claims.forEach((c, i) => {
      if (!c.verdict || c.sources.length > 0 || !claims.some((cl) => cl.text.includes(c.match))) return;
      out.push(
        new GlossError(
          ctx.placeOf(['claims', i, 'verdict']),
          `the verdict \`${c.verdict.rating}\` on ${JSON.stringify(c.match)} names no source`,
          'add `sources:` with at least one link a reader can check the verdict against',
        ),
      );
    });
  }
  return out;
}
