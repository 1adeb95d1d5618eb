import type { DateRef, Figure, Mention } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import type { DateFinding } from '../extract/extract-dates.ts';
import type { FigureFinding } from '../extract/extract-figures.ts';
import type { LinkedActorFinding } from './link-actors.ts';
import type { Suppressed } from './suppressions.ts';
import { noteFor } from './context-notes.ts';

/** A mention's provenance from its finding; findings from rules not yet named get a neutral default. */
export function provenanceOf(f: { rule?: string; confidence?: number }, kind: Mention['kind']) {
  return { rule: f.rule ?? `${kind}.unnamed`, confidence: f.confidence ?? 0.5 };
}

/**
 * Turns one section's findings into mentions, and its figures and dates into the article's items
 * (`<section>-f<n>`, `<section>-d<n>`) with the editor's notes. Suppressed findings are dropped.
 * Mentions come out in text order, the longer first at one start; items know no claims yet.
 */
export function linkMentions(
  section: { id: string; actors: LinkedActorFinding[]; dates: DateFinding[]; figures: FigureFinding[] },
  contexts: LoadedContext[],
  suppressed: Suppressed,
): { mentions: Mention[]; figures: Figure[]; dates: DateRef[] } {
  const mentions: Mention[] = [];
  const at = (f: { text: string; start: number; end: number }) => ({ text: f.text, start: f.start, end: f.end });
  for (const a of section.actors) {
    if (!suppressed('actor', a.text))
      mentions.push({ kind: 'actor', ref: a.ref, ...at(a), ...provenanceOf(a, 'actor') });
  }
  const dates = section.dates
    .filter((d) => !suppressed('date', d.text))
    .map((d, n): DateRef => {
      const id = `${section.id}-d${n + 1}`;
      mentions.push({ kind: 'date', ref: id, ...at(d), ...provenanceOf(d, 'date') });
      // A finding's `from`/`to` are the dates; the model calls them the date's `start` and `end`.
      return {
        id,
        text: d.text,
        start: d.from,
        end: d.to,
        section: section.id,
        claims: [],
        ...noteFor(contexts, 'dates', d.text),
        ...(d.derived && { derived: d.derived }),
      };
    });
  const figures = section.figures
    .filter((f) => !suppressed('figure', f.text))
    .map((f, n): Figure => {
      const id = `${section.id}-f${n + 1}`;
      mentions.push({ kind: 'figure', ref: id, ...at(f), ...provenanceOf(f, 'figure') });
      const { start: _start, end: _end, rule: _rule, confidence: _confidence, ...rest } = f;
      return { id, ...rest, section: section.id, claims: [], ...noteFor(contexts, 'figures', f.text) };
    });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, figures, dates };
}
