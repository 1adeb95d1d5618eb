import type { Actor, Section } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import type { ActorFinding } from '../extract/extract-actors.ts';
import { SpanSet, dropOverlaps } from '../segment/span-set.ts';
import { mergeActors, type LocatedFinding } from './merge-actors.ts';

/** An actor finding resolved to the article-wide actor it names. */
export interface LinkedActorFinding extends LocatedFinding {
  /** The actor's id. */
  ref: string;
}

/** The article's actors, each section's actor findings resolved to them, and the ids a correction may name. */
export interface LinkedActors {
  actors: Map<string, Actor>;
  /** Per section, in text order. */
  found: LinkedActorFinding[][];
  /** Curated actors' ids and those the extraction found by itself. */
  knownIds: string[];
}

/**
 * Resolves each section's actor findings to article-wide actors. An editor's mention wins over an
 * overlapping extracted one; the merge then folds titles, surnames and short forms into one actor.
 */
export function linkActors(
  sections: { id: string; text: string; actors: ActorFinding[] }[],
  curated: LocatedFinding[],
  contexts: LoadedContext[],
): LinkedActors {
  const located = sections.map((s) => {
    const mine = curated.filter((c) => c.section === s.id);
    const curatedSpans = new SpanSet(s.text.length, mine);
    const auto = s.actors.filter((a) => !curatedSpans.overlaps(a)).map((a) => ({ ...a, section: s.id }));
    return dropOverlaps<LocatedFinding>([...mine, ...auto]);
  });
  const flat = located.flat();
  const { actors, refs } = mergeActors(flat, contexts);
  // The merge answers by position; from here on each finding carries its actor's id.
  const bySection = new Map<string, LinkedActorFinding[]>(sections.map((s) => [s.id, []]));
  flat.forEach((f, i) => bySection.get(f.section)!.push({ ...f, ref: refs[i]! }));
  const found = sections.map((s) => bySection.get(s.id)!);
  const knownIds = new Set(flat.flatMap((f, i) => (f.fromCorrection ? [] : [refs[i]!])));
  for (const ctx of contexts) for (const a of ctx.data.actors) if (a.id) knownIds.add(a.id);
  return { actors, found, knownIds: [...knownIds] };
}

/**
 * Lists the actors the article's text names, each with the sections that name it, in the order a
 * reader meets them: by first section, then first mention.
 */
export function placeActors(actors: Iterable<Actor>, sections: Section[]): Actor[] {
  const first = new Map<string, number>();
  sections.forEach((s, i) => {
    for (const m of s.mentions) if (m.kind === 'actor' && !first.has(m.ref)) first.set(m.ref, i * 1e9 + m.start);
  });
  return [...actors]
    .map((a) => ({
      ...a,
      sections: sections.filter((s) => s.mentions.some((m) => m.kind === 'actor' && m.ref === a.id)).map((s) => s.id),
    }))
    .filter((a) => a.sections.length > 0)
    .sort((a, b) => first.get(a.id)! - first.get(b.id)!);
}
