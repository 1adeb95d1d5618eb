import type { DateRef, Figure, Mention, Section } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import { GlossError } from '../errors/gloss-error.ts';
import { findAll } from './find-text.ts';

/**
 * Finds every reference in an article's own context file that lands nowhere: a section pin, an
 * added correction, a claim review, a figure or date note, an unknown actor id, a suppression that
 * drops nothing, an actor the text never names. A silent miss would lose the editor's work.
 * Returns them all, in the order the build reports the first.
 */
export function findUnlanded(
  article: { sections: Section[]; figures: Figure[]; dates: DateRef[] },
  contexts: LoadedContext[],
  known: {
    /** Curated actors' ids and those the extraction found by itself. */
    actorIds: string[];
    /** The text of every finding of each kind, before suppressions. */
    found: Record<Mention['kind'], Set<string>>;
  },
): GlossError[] {
  const { actorIds, found } = known;
  const { sections, figures, dates } = article;
  const own = contexts.filter((c) => c.own);
  const problems: GlossError[] = [];
  for (const ctx of own) {
    ctx.data.sections.forEach((p, i) => {
      if (!sections.some((s) => s.text.includes(p.quote))) {
        problems.push(
          new GlossError(
            ctx.placeOf(['sections', i, 'quote']),
            `no section contains the quote ${JSON.stringify(p.quote)}`,
            'copy the quote exactly from the article text',
          ),
        );
      }
    });
  }
  for (const ctx of own) {
    ctx.data.corrections.add.forEach((add, i) => {
      if (!sections.some((s) => findAll(s.text, add.text).length > 0)) {
        problems.push(
          new GlossError(
            ctx.placeOf(['corrections', 'add', i, 'text']),
            `the text ${JSON.stringify(add.text)} is not in the article`,
            'copy the words exactly as the article writes them',
          ),
        );
      }
    });
  }
  for (const ctx of own) {
    ctx.data.claims.forEach((c, i) => {
      if (!sections.some((s) => s.claims.some((cl) => cl.text.includes(c.match)))) {
        problems.push(
          new GlossError(
            ctx.placeOf(['claims', i, 'match']),
            `no sentence contains ${JSON.stringify(c.match)}`,
            'copy words from one sentence exactly as written (a match cannot span two sentences)',
          ),
        );
      }
    });
    for (const [key, items] of [
      ['figures', figures],
      ['dates', dates],
    ] as const) {
      const kind = key.slice(0, -1);
      ctx.data[key].forEach((n, i) => {
        if (!items.some((f) => f.text.includes(n.match) || n.match.includes(f.text))) {
          problems.push(
            new GlossError(
              ctx.placeOf([key, i, 'match']),
              `no ${kind} in the article matches ${JSON.stringify(n.match)}`,
              `use the ${kind}'s words as the article writes them, or add it with corrections`,
            ),
          );
        }
      });
    }
    ctx.data.corrections.add.forEach((a, i) => {
      if (!actorIds.includes(a.actor)) {
        problems.push(
          new GlossError(
            ctx.placeOf(['corrections', 'add', i, 'actor']),
            `unknown actor id \`${a.actor}\``,
            `use the id of an actor listed under \`actors:\`, or add one there (known: ${actorIds.slice(0, 8).join(', ')}…)`,
          ),
        );
      }
    });
    ctx.data.corrections.suppress.forEach((x, i) => {
      const kinds = x.kind ? [x.kind] : (['actor', 'figure', 'date'] as const);
      if (!kinds.some((k) => found[k].has(x.text))) {
        problems.push(
          new GlossError(
            ctx.placeOf(['corrections', 'suppress', i, 'text']),
            `nothing found in the article is ${x.kind ? `the ${x.kind} ` : ''}${JSON.stringify(x.text)}`,
            'copy the mention exactly as the article writes it (the whole mention, not part of it)',
          ),
        );
      }
    });
    ctx.data.actors.forEach((a, i) => {
      const id = a.id;
      const named = [a.name, ...a.aliases].some((n) => sections.some((s) => findAll(s.text, n).length > 0));
      if (!named && !(id && ctx.data.corrections.add.some((add) => add.actor === id))) {
        problems.push(
          new GlossError(
            ctx.placeOf(['actors', i, 'name']),
            `the article never names ${JSON.stringify(a.name)}`,
            'add the name as the article writes it to `aliases`, or remove the actor from this file',
          ),
        );
      }
    });
  }
  return problems;
}
