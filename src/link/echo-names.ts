import type { ActorFinding } from '../extract/extract-actors.ts';
import { SpanSet, type Span } from '../segment/span-set.ts';
import { findAll } from './find-text.ts';

/** The rule of a mention found by echoing a name the extraction recognised elsewhere. */
export const ECHO_RULE = 'actor.echo';

/**
 * Finds the names the extraction recognised once wherever else they occur: a surname or a name at
 * the start of a sentence ("Netanyahu said…") is easy to miss alone and safe to match once known.
 * Returns each section's actors, echoes included, in text order.
 */
export function echoNames(
  sections: { text: string; actors: ActorFinding[]; dates: Span[]; figures: Span[] }[],
): ActorFinding[][] {
  const names = new Map<string, ActorFinding>();
  for (const s of sections) {
    for (const a of s.actors) {
      if (!names.has(a.text) && /^\p{Lu}/u.test(a.text) && a.text.length >= 2) names.set(a.text, a);
      const parts = a.name.split(/\s+/);
      // Longest tail first, so "López Obrador" is matched whole before "Obrador".
      for (let i = 1; a.kind === 'person' && i < parts.length; i++) {
        const tail = parts.slice(i).join(' ');
        if (tail.length >= 3 && /^\p{Lu}/u.test(tail) && !names.has(tail)) names.set(tail, { ...a, text: tail });
      }
    }
  }
  return sections.map((s) => {
    const actors = [...s.actors];
    const taken = new SpanSet(s.text.length, [...s.actors, ...s.dates, ...s.figures]);
    for (const [text, like] of names) {
      for (const start of findAll(s.text, text)) {
        const end = start + text.length;
        if (taken.overlaps({ start, end })) continue;
        // An echo names whom its source names, but not the title written before it there.
        const { role: _role, ...rest } = like;
        const found: ActorFinding = { ...rest, start, end, text, rule: ECHO_RULE };
        actors.push(found);
        taken.add(found);
      }
    }
    return actors.sort((a, b) => a.start - b.start);
  });
}
