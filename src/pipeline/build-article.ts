import type { Actor, Article, Claim, DateRef, Figure, Mention, Note, Section } from '../model/article.ts';
import { ArticleSchema } from '../model/article.ts';
import type { ArticleSource } from '../read/read-article.ts';
import type { LoadedContext } from '../read/read-context.ts';
import { GlossError } from '../errors/gloss-error.ts';
import { segmentSections } from '../segment/segment-sections.ts';
import { assignSectionIds } from '../segment/section-ids.ts';
import { segmentSentences } from '../segment/segment-sentences.ts';
import { tagWords } from '../segment/tag-words.ts';
import { extractDates, dropOverlaps, type DateFinding } from '../extract/extract-dates.ts';
import { extractFigures, type FigureFinding } from '../extract/extract-figures.ts';
import { guessCountry } from '../extract/derive-dates.ts';
import { extractActors, type ActorFinding } from '../extract/extract-actors.ts';
import { classifyClaim } from '../extract/classify-claim.ts';
import { mergeActors, type LocatedFinding } from '../link/merge-actors.ts';
import { findAll } from '../link/find-text.ts';
import { SpanSet } from '../segment/span-set.ts';

/** Turns a read article and its curated context into the validated article model. Pure: no I/O. */
export function buildArticle(source: ArticleSource, contexts: LoadedContext[]): Article {
  const warnings: Article['warnings'] = [];
  const { sections: raw, firstHeading } = segmentSections(source);
  if (raw.length === 0) {
    throw new GlossError(
      { file: source.file, line: source.bodyLineOffset + 1, column: 1 },
      'the article has no paragraphs of text (only markup, code or HTML)',
      'write the op-ed as plain paragraphs',
    );
  }
  const title = source.frontmatter.title ?? firstHeading ?? fallbackTitle(source.slug);
  if (!source.frontmatter.title && !firstHeading) {
    warnings.push({ message: `no title: using "${title}"; add \`title:\` to the frontmatter`, line: 1 });
  }
  const publishedAt = source.frontmatter.publishedAt ?? null;
  const pins = contexts.flatMap((c) => c.data.sections.map((s, i) => ({ ...s, ctx: c, i })));
  const ids = assignSectionIds(raw.map((s) => ({ ...s, pinned: pins.find((p) => s.text.includes(p.quote))?.id })));
  for (const p of pins) {
    if (p.ctx.own && !raw.some((s) => s.text.includes(p.quote))) {
      throw new GlossError(
        p.ctx.placeOf(['sections', p.i, 'quote']),
        `no section contains the quote ${JSON.stringify(p.quote)}`,
        'copy the quote exactly from the article text',
      );
    }
  }

  // Extract per section; financial years take their months from the article's country.
  const country = guessCountry(raw.map((s) => s.text).join('\n'));
  const perSection = raw.map((s, i) => {
    const id = ids[i]!;
    const words = tagWords(s.text);
    const dates = extractDates(s.text, publishedAt, country);
    const dateSpans = new SpanSet(s.text.length, dates);
    const actors = extractActors(s.text, words).filter((a) => !dateSpans.overlaps(a));
    const figures = extractFigures(s.text, words, [...dates, ...actors], publishedAt);
    return { id, raw: s, dates, actors, figures };
  });
  echoNames(perSection);
  const curatedFindings = curatedMentions(
    perSection.map((s) => ({ id: s.id, text: s.raw.text })),
    contexts,
  );
  const located: LocatedFinding[] = [];
  for (const s of perSection) {
    const mine = curatedFindings.filter((c) => c.section === s.id);
    const curatedSpans = new SpanSet(s.raw.text.length, mine);
    const auto = s.actors.filter((a) => !curatedSpans.overlaps(a));
    s.actors = dropOverlaps([...mine, ...auto]);
    located.push(...s.actors.map((a) => ({ ...a, section: s.id })));
  }
  const { actors, refs } = mergeActors(located, contexts);
  // Ids a correction may name: curated actors and those the extraction found by itself.
  const knownIds = new Set(refs.filter((_, i) => !located[i]!.fromCorrection));
  for (const ctx of contexts) for (const a of ctx.data.actors) knownIds.add(a.id ?? '');

  const suppress = contexts.flatMap((c) => c.data.corrections.suppress);
  const suppressed = (kind: Mention['kind'], text: string) =>
    suppress.some((x) => x.text === text && (!x.kind || x.kind === kind));
  const figures: Figure[] = [];
  const dates: DateRef[] = [];
  const sections: Section[] = [];
  let r = 0;
  for (const s of perSection) {
    const mentions: Mention[] = [];
    for (const a of s.actors) {
      const ref = refs[r++]!;
      if (!suppressed('actor', a.text))
        mentions.push({ kind: 'actor', ref, text: a.text, start: a.start, end: a.end, ...provenance(a, 'actor') });
    }
    s.dates
      .filter((d) => !suppressed('date', d.text))
      .forEach((d: DateFinding, n) => {
        const id = `${s.id}-d${n + 1}`;
        dates.push({
          id,
          text: d.text,
          start: d.from,
          end: d.to,
          section: s.id,
          claims: [],
          ...noteFor(contexts, 'dates', d.text),
          ...(d.derived && { derived: d.derived }),
        });
        mentions.push({ kind: 'date', ref: id, text: d.text, start: d.start, end: d.end, ...provenance(d, 'date') });
      });
    s.figures
      .filter((f) => !suppressed('figure', f.text))
      .forEach((f: FigureFinding, n) => {
        const id = `${s.id}-f${n + 1}`;
        const { start: _s, end: _e, rule: _r, confidence: _c, ...rest } = f;
        figures.push({ id, ...rest, section: s.id, claims: [], ...noteFor(contexts, 'figures', f.text) });
        mentions.push({
          kind: 'figure',
          ref: id,
          text: f.text,
          start: f.start,
          end: f.end,
          ...provenance(f, 'figure'),
        });
      });
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // Mentions and sentences are both in text order: walk them together.
    let from = 0;
    const claims: Claim[] = segmentSentences(s.raw.text).map((sentence, n) => {
      while (from < mentions.length && mentions[from]!.start < sentence.start) from++;
      let to = from;
      while (to < mentions.length && mentions[to]!.start < sentence.end) to++;
      const inside = mentions.slice(from, to).filter((m) => m.end <= sentence.end);
      const refsOf = (kind: Mention['kind']) => [...new Set(inside.filter((m) => m.kind === kind).map((m) => m.ref))];
      const claim: Claim = {
        id: `${s.id}-c${n + 1}`,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        curated: false,
        ...classifyClaim(sentence.text, {
          figures: refsOf('figure').length,
          dates: refsOf('date').length,
          actors: refsOf('actor').length,
        }),
        actors: refsOf('actor'),
        figures: refsOf('figure'),
        dates: refsOf('date'),
      };
      return applyClaimContext(claim, contexts);
    });
    sections.push({ id: s.id, heading: s.raw.heading, text: s.raw.text, mentions, claims });
    // Each figure and date knows the sentences that rest on it, context or no context.
    for (const item of [...figures, ...dates].filter((x) => x.section === s.id)) {
      item.claims = claims.filter((c) => c.figures.includes(item.id) || c.dates.includes(item.id)).map((c) => c.id);
    }
  }
  checkReferences(contexts, sections, figures, dates, [...knownIds].filter(Boolean));
  for (const a of actors.values())
    a.sections = sections.filter((s) => s.mentions.some((m) => m.kind === 'actor' && m.ref === a.id)).map((s) => s.id);
  const { frontmatter: fm } = source;
  return ArticleSchema.parse({
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
    actors: inOrderOfMention(
      [...actors.values()].filter((a) => a.sections.length > 0),
      sections,
    ),
    figures,
    dates,
    warnings,
  });
}

/** Orders actors as a reader meets them: by first section, then first mention. */
function inOrderOfMention(actors: Actor[], sections: Section[]): Actor[] {
  const first = new Map<string, number>();
  sections.forEach((s, i) => {
    for (const m of s.mentions) if (m.kind === 'actor' && !first.has(m.ref)) first.set(m.ref, i * 1e9 + m.start);
  });
  return actors.sort((a, b) => first.get(a.id)! - first.get(b.id)!);
}

/**
 * Finds the names the extraction recognised once wherever else they occur: a surname or a name at
 * the start of a sentence ("Netanyahu said…") is easy to miss alone and safe to match once known.
 */
function echoNames(
  sections: { raw: { text: string }; actors: ActorFinding[]; dates: DateFinding[]; figures: FigureFinding[] }[],
): void {
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
  for (const s of sections) {
    const taken = new SpanSet(s.raw.text.length, [...s.actors, ...s.dates, ...s.figures]);
    for (const [text, like] of names) {
      for (const start of findAll(s.raw.text, text)) {
        const end = start + text.length;
        if (taken.overlaps({ start, end })) continue;
        const found: ActorFinding = { ...like, start, end, text };
        delete found.role;
        s.actors.push(found);
        taken.add(found);
      }
    }
    s.actors.sort((a, b) => a.start - b.start);
  }
}

const CURATED = { rule: 'curated', confidence: 1 } as const;

/** A mention's provenance from its finding; findings from rules not yet named get a neutral default. */
function provenance(f: { rule?: string; confidence?: number }, kind: Mention['kind']) {
  return { rule: f.rule ?? `${kind}.unnamed`, confidence: f.confidence ?? 0.5 };
}

function fallbackTitle(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Mentions of curated actors by their names and aliases, and of the editor's added corrections. */
function curatedMentions(sections: { id: string; text: string }[], contexts: LoadedContext[]): LocatedFinding[] {
  const out: LocatedFinding[] = [];
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
    ctx.data.corrections.add.forEach((add, i) => {
      const actor = contexts
        .flatMap((c) => c.data.actors)
        .find((a) => (a.id ?? '') === add.actor || a.name === add.actor);
      let hits = 0;
      for (const s of sections) {
        for (const start of findAll(s.text, add.text)) {
          hits++;
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
      if (ctx.own && hits === 0) {
        throw new GlossError(
          ctx.placeOf(['corrections', 'add', i, 'text']),
          `the text ${JSON.stringify(add.text)} is not in the article`,
          'copy the words exactly as the article writes them',
        );
      }
    });
  }
  return out;
}

function noteFor(contexts: LoadedContext[], key: 'figures' | 'dates', text: string): { note?: Note } {
  for (const ctx of contexts) {
    const hit = ctx.data[key].find((n) => text.includes(n.match) || n.match.includes(text));
    if (hit) return { note: { text: hit.note, sources: hit.sources } };
  }
  return {};
}

function applyClaimContext(claim: Claim, contexts: LoadedContext[]): Claim {
  for (const ctx of contexts) {
    const c = ctx.data.claims.find((x) => claim.text.includes(x.match));
    if (!c) continue;
    return {
      ...claim,
      ...(c.kind && { kind: c.kind, curated: true, rule: 'curated', cue: 'curated', confidence: 1 }),
      ...(c.note && { note: { text: c.note, sources: c.sources } }),
      ...(c.verdict && { verdict: c.verdict }),
    };
  }
  return claim;
}

/** Every reference in an article's own context file must land: a silent miss would lose the editor's work. */
function checkReferences(
  contexts: LoadedContext[],
  sections: Section[],
  figures: Figure[],
  dates: DateRef[],
  actorIds: string[],
): void {
  for (const ctx of contexts.filter((c) => c.own)) {
    ctx.data.claims.forEach((c, i) => {
      if (!sections.some((s) => s.claims.some((cl) => cl.text.includes(c.match)))) {
        throw new GlossError(
          ctx.placeOf(['claims', i, 'match']),
          `no sentence contains ${JSON.stringify(c.match)}`,
          'copy words from one sentence exactly as written (a match cannot span two sentences)',
        );
      }
    });
    for (const [key, items] of [
      ['figures', figures],
      ['dates', dates],
    ] as const) {
      ctx.data[key].forEach((n, i) => {
        if (!items.some((f) => f.text.includes(n.match) || n.match.includes(f.text))) {
          throw new GlossError(
            ctx.placeOf([key, i, 'match']),
            `no ${key.slice(0, -1)} in the article matches ${JSON.stringify(n.match)}`,
            `use the ${key.slice(0, -1)}'s words as the article writes them, or add it with corrections`,
          );
        }
      });
    }
    ctx.data.corrections.add.forEach((a, i) => {
      if (!actorIds.includes(a.actor)) {
        throw new GlossError(
          ctx.placeOf(['corrections', 'add', i, 'actor']),
          `unknown actor id \`${a.actor}\``,
          `use the id of an actor listed under \`actors:\`, or add one there (known: ${actorIds.slice(0, 8).join(', ')}…)`,
        );
      }
    });
  }
}
