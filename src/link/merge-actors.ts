import type { Actor, ActorKind } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import type { ActorFinding } from '../extract/extract-actors.ts';
import { undot } from '../segment/normalise-name.ts';
import { slugify } from '../model/slug.ts';

/** An actor finding located in a section. */
export interface LocatedFinding extends ActorFinding {
  section: string;
  /** Added by an editor's correction rather than found. */
  fromCorrection?: boolean;
}

/** Resolves actor findings to article-wide actors: one per person, country, organisation… */
export interface ActorIndex {
  actors: Map<string, Actor>;
  /** The actor id each finding resolves to, by position in the input. */
  refs: string[];
}

/** Merges findings into actors: titles and possessives dropped, surnames joined to full names, curated names and aliases applied. */
export function mergeActors(findings: LocatedFinding[], contexts: LoadedContext[]): ActorIndex {
  const actors = new Map<string, Actor>();
  const byName = new Map<string, string>();
  for (const ctx of contexts) {
    for (const a of ctx.data.actors) {
      const id = a.id ?? slugify(a.name, 8);
      if (actors.has(id)) continue;
      actors.set(id, {
        id,
        name: a.name,
        kind: a.kind,
        aliases: [...a.aliases],
        role: null,
        description: a.description ?? null,
        links: a.links,
        sections: [],
      });
      for (const n of [a.name, ...a.aliases]) byName.set(n, id);
    }
  }
  // Full names first, so "Scholz" can join "Olaf Scholz" wherever it appears.
  const fullNames = new Map<string, string>();
  const ensure = (id: string, name: string, kind: ActorKind): Actor => {
    let actor = actors.get(id);
    if (!actor) {
      actor = { id, name, kind, aliases: [], role: null, description: null, links: [], sections: [] };
      actors.set(id, actor);
    }
    return actor;
  };
  const resolveId = (f: ActorFinding): string => {
    const curated = byName.get(f.text) ?? byName.get(f.name) ?? (f.knownName ? byName.get(f.knownName) : undefined);
    if (curated) return curated;
    if (f.knownId) return f.knownId;
    if (f.kind === 'person') {
      const full = fullNames.get(f.name);
      if (full && full !== slugify(f.name, 8)) return full;
    }
    return slugify(f.name, 8) || 'actor';
  };
  for (const f of findings) {
    if (f.kind === 'person' && /\s/.test(f.name) && !byName.has(f.name)) {
      const id = slugify(f.name, 8);
      // Every tail of a full name leads to it: "Obrador" and "López Obrador" → "Andrés Manuel López Obrador".
      const parts = f.name.split(/\s+/);
      for (let i = 1; i < parts.length; i++) {
        const tail = parts.slice(i).join(' ');
        if (!fullNames.has(tail) || fullNames.get(tail)!.length < id.length)
          fullNames.set(tail, byName.get(tail) ?? id);
      }
    }
  }
  // Curated people are reachable by their surname too.
  for (const a of actors.values()) {
    if (a.kind === 'person') {
      const last = a.name.split(/\s+/).pop()!;
      if (last !== a.name) fullNames.set(last, a.id);
    }
  }
  // Short forms of organisations named in full elsewhere: "BMA", "Fed" → the full name.
  const orgs = [...new Set(findings.filter((f) => f.kind === 'organization' && /\s/.test(f.name)).map((f) => f.name))];
  const shortForm = (name: string): string | undefined =>
    orgs.find((full) => {
      const words = full.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const acronym = undot(name);
      if (/^[A-Z]{2,6}$/.test(acronym)) return words.map((w) => w[0]).join('') === acronym;
      return /^\p{Lu}\p{Ll}{2,}$/u.test(name) && words[0] !== name && words[0]!.startsWith(name);
    });
  // Abbreviations the text introduces, "National Health Service (NHS)": later "NHS" means the same body.
  const expansions = new Map<string, string>();
  for (const f of findings) if (f.rule === 'actor.abbreviation' && f.text !== f.name) expansions.set(f.text, f.name);
  // "Allies" after "NATO Allies": a lone collective stands for the one longer group it ends.
  const groups = [...new Set(findings.filter((f) => f.kind === 'group' && /\s/.test(f.name)).map((f) => f.name))];
  const longerGroup = (name: string): string | undefined => {
    const bare = name.replace(/^the\s+/i, '');
    const ends = groups.filter((g) => g !== name && g.split(/\s+/).pop() === bare);
    return ends.length === 1 ? ends[0] : undefined;
  };
  const refs = findings.map((f) => {
    const lone = !/\s/.test(f.name.replace(/^the\s+/i, '')) && !byName.has(f.name);
    const full =
      (lone && expansions.get(f.text)) ??
      (lone && f.kind === 'organization' ? shortForm(f.name) : undefined) ??
      (lone && f.kind === 'group' ? longerGroup(f.name) : undefined);
    if (full) f = { ...f, name: full };
    const id = resolveId(f);
    const actor = ensure(id, f.knownName ?? f.name, f.kind);
    if (f.role && !actor.role) actor.role = f.role;
    if (f.text !== actor.name && !actor.aliases.includes(f.text)) actor.aliases.push(f.text);
    if (!actor.sections.includes(f.section)) actor.sections.push(f.section);
    return id;
  });
  return { actors, refs };
}
