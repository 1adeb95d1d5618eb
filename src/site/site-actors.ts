import type { Actor, ActorKind, Article, Link } from '../model/article.ts';

/** Where one article names an actor: each section, with the sentences that name it. */
export interface ActorAppearance {
  slug: string;
  title: string;
  publishedAt: string | null;
  sections: { id: string; number: number; sentences: string[] }[];
}

/** An actor across the whole site, gathered from every article that names it. */
export interface SiteActor {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  description: string | null;
  links: Link[];
  articles: ActorAppearance[];
}

// Where articles disagree (one curated, one found), the curated description and links win.
function merge(into: SiteActor, a: Actor) {
  into.description ??= a.description;
  into.role ??= a.role;
  for (const l of a.links) if (!into.links.some((x) => x.url === l.url)) into.links.push(l);
}

/** Gathers every actor of every article by id (ids are the same across articles), with where each is named. */
export function gatherActors(articles: Article[]): SiteActor[] {
  const byId = new Map<string, SiteActor>();
  for (const article of articles) {
    for (const a of article.actors) {
      let actor = byId.get(a.id);
      if (!actor) {
        actor = { id: a.id, name: a.name, kind: a.kind, role: null, description: null, links: [], articles: [] };
        byId.set(a.id, actor);
      }
      // A curated entry's name and kind are the editor's: prefer them to a found name.
      if (a.description && !actor.description) {
        actor.name = a.name;
        actor.kind = a.kind;
      }
      merge(actor, a);
      actor.articles.push({
        slug: article.slug,
        title: article.title,
        publishedAt: article.publishedAt,
        sections: a.sections.map((id) => {
          const number = article.sections.findIndex((s) => s.id === id) + 1;
          const section = article.sections[number - 1];
          const claims = section?.claims.filter((c) => c.actors.includes(a.id)) ?? [];
          // The sentences that name it; the section's mention spans as a fallback.
          const fromMentions = section?.claims.filter((c) =>
            section.mentions.some((m) => m.ref === a.id && m.start >= c.start && m.end <= c.end),
          );
          return { id, number, sentences: (claims.length ? claims : (fromMentions ?? [])).map((c) => c.text) };
        }),
      });
    }
  }
  for (const actor of byId.values())
    actor.articles.sort(
      (x, y) => (y.publishedAt ?? '').localeCompare(x.publishedAt ?? '') || x.title.localeCompare(y.title),
    );
  return [...byId.values()].sort((x, y) => y.articles.length - x.articles.length || x.name.localeCompare(y.name, 'en'));
}
