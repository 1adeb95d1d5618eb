import type { LoadedContext } from '../read/read-context.ts';
import type { LocatedFinding } from './merge-actors.ts';
import { findAll } from './find-text.ts';

/** The provenance of everything an editor wrote. */
export const CURATED = { rule: 'curated', confidence: 1 } as const;

/** Finds the mentions of curated actors by their names and aliases, and the editor's added corrections. */
export function curatedMentions(sections: { id: string; text: string }[], contexts: LoadedContext[]): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  const curatedActors = contexts.flatMap((c) => c.data.actors);
  for (const ctx of contexts) {
    for (const a of ctx.data.actors) {
      for (const name of [a.name, ...a.aliases]) {
        for (const s of sections) {
          for (const start of findAll(s.text, name)) {
            out.push({
              section: s.id,
              start,
              end: start + name.length,
              text: name,
              name: a.name,
              kind: a.kind,
              ...CURATED,
            });
          }
        }
      }
    }
    for (const add of ctx.data.corrections.add) {
      const actor = curatedActors.find((a) => (a.id ?? '') === add.actor || a.name === add.actor);
      for (const s of sections) {
        for (const start of findAll(s.text, add.text)) {
          out.push({
            section: s.id,
            start,
            end: start + add.text.length,
            text: add.text,
            name: actor?.name ?? add.actor,
            kind: actor?.kind ?? 'group',
            knownId: add.actor,
            knownName: actor?.name ?? add.text,
            fromCorrection: true,
            ...CURATED,
          });
        }
      }
    }
  }
  return out;
}
