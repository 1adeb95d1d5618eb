import type { Actor, ActorKind, Article, Link } from '../model/article.ts';

/** Where one article names an actor: each section, with the sentences that name it. */
export interface ActorAppearance {
  slug: string;
  /** The actor's id in that article (a lone surname's id differs from the site's). */
  ref: string;
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

/**
 * Maps each article's actor ids to one id per actor across the site. Ids already agree across
 * articles (curated id, gazetteer id, or the slug of the name), except where an article names a
 * person by surname alone ("Chancellor Scholz"): that id joins the one person elsewhere whose full
 * name ends with it. Two such persons leave it alone: a guess would merge two people.
 */
export function siteActorIds(articles: Article[]): Map<string, string> {
  const people = new Map<string, string>();
  for (const a of articles.flatMap((x) => x.actors)) if (a.kind === 'person') people.set(a.id, a.name);
  const ids = new Map<string, string>();
  for (const [id, name] of people) {
    ids.set(id, id);
    if (/\s/.test(name)) continue;
    const full = [...people].filter(([, n]) => n.endsWith(` ${name}`)).map(([other]) => other);
    if (full.length === 1) ids.set(id, full[0]!);
  }
  return ids;
}

/** Gathers every actor of every article by its site id (`siteActorIds`), with where each is named. */
export function gatherActors(articles: Article[]): SiteActor[] {
  const byId = new Map<string, SiteActor>();
  const siteIds = siteActorIds(articles);
  for (const article of articles) {
    for (const a of article.actors) {
      const id = siteIds.get(a.id) ?? a.id;
      let actor = byId.get(id);
      if (!actor) {
        actor = { id, name: a.name, kind: a.kind, role: null, description: null, links: [], articles: [] };
        byId.set(id, actor);
      }
      // The full name names the page; a curated entry's name and kind are the editor's.
      if (a.id === id && actor.name.length < a.name.length) actor.name = a.name;
      if (a.description && !actor.description) {
        actor.name = a.name;
        actor.kind = a.kind;
      }
      merge(actor, a);
      actor.articles.push({
        slug: article.slug,
        ref: a.id,
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
