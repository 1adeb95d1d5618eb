import type { Actor, Article, Claim, DateRef, DerivedDate, Figure, Mention, Section } from '../model/article.ts';
import { compareFigures, type Comparison } from './compare.ts';
import { populationShare, type PopulationShare } from './population-share.ts';
import { boxId } from './urls.ts';
import { formatDateRef, formatFigure, formatPartialDate, relativeToPublication } from './describe.ts';

/** Reads the date a figure or date implies, where the pipeline derived one. */
export const derivedOf = (item: Figure | DateRef): DerivedDate | undefined => item.derived ?? undefined;

/** Where a mention's link leads: its box on the page, its entry on an index page, or nowhere (hidden). */
export type MentionTarget =
  { box: string; section: string } | { index: 'actors' | 'figures' | 'timeline'; id: string } | null;

export interface MentionView {
  mention: Mention;
  target: MentionTarget;
}

interface BoxBase {
  /** The item's id: one box per item per section. */
  id: string;
  /** Indexes (in `section.mentions`) of the shown mentions this box answers, for the back links. */
  backs: number[];
}
export type BoxView =
  | (BoxBase & { kind: 'actor'; actor: Actor; elsewhere: string[] })
  | (BoxBase & {
      kind: 'figure';
      figure: Figure;
      reading?: string;
      derived?: DerivedDate;
      comparisons: Comparison[];
      population?: PopulationShare;
    })
  | (BoxBase & {
      kind: 'date';
      date: DateRef;
      reading?: string;
      derived?: DerivedDate;
      relative: string | null;
      place?: number;
    });

export interface SectionView {
  section: Section;
  /** 1-based position in the article. */
  n: number;
  /** One per `section.mentions` entry, same order. */
  mentions: MentionView[];
  boxes: BoxView[];
  /** Claims an editor reviewed (note or verdict): the section's claims box lists these, or is absent. */
  reviewed: Claim[];
  /**
   * The section on a page of its own (permalink, embed): every described actor it names gets its
   * box here, since the reader may never see the section that boxes it first.
   */
  alone: SectionBody;
}

/** What a page shows of a section: its view in the article, or alone. */
export type SectionBody = Omit<SectionView, 'alone'>;

export interface TimelineEntry {
  id: string;
  sort: string;
  label: string;
  text: string;
  section?: string;
  /** How a derived date was worked out; absent for dates the text states. */
  derived?: string;
}

export interface ArticleView {
  article: Article;
  sections: SectionView[];
  bySection: Map<string, SectionView>;
  actors: Map<string, Actor>;
  figures: Map<string, Figure>;
  dates: Map<string, DateRef>;
  claims: Map<string, Claim & { section: string; n: number }>;
  /** Dates in order, the publication among them; unresolved ones last. */
  timeline: TimelineEntry[];
  /** For each actor, the other forms the article writes it as. */
  forms: Map<string, string[]>;
  /** Boxes on the article page, claims boxes included; for the density budget. */
  boxCount: number;
  /** Mentions readers see marked (linked). */
  shownCount: number;
  /** The site-wide actor page id of each actor (`siteActorIds`): a lone surname joins the full name. */
  actorPages: Map<string, string>;
}

/** Whether readers see a mention: sure enough, or curated by an editor (issue 8's threshold). */
export const isShown = (m: Pick<Mention, 'rule' | 'confidence'>, minConfidence: number) =>
  m.rule === 'curated' || m.confidence >= minConfidence;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Whether a resolved date tells more than its words: a year, month or day the text does not write. */
export function dateSaysMore(d: Pick<DateRef, 'text' | 'start' | 'end'>): boolean {
  const text = d.text.toLowerCase();
  for (const part of [d.start, d.end]) {
    if (!part) continue;
    const [y, m, day] = part.split('-');
    // A year counts as written in full ("2017") or as the end of a span ("2016-17").
    if (!text.includes(y!) && !new RegExp(String.raw`\d[-–/]${y!.slice(2)}(?!\d)`).test(text)) return true;
    if (m && !text.includes(MONTHS[Number(m) - 1]!)) return true;
    if (day && !new RegExp(String.raw`(?<!\d)0?${Number(day)}(?:st|nd|rd|th)?(?!\d)`).test(text)) return true;
  }
  return false;
}

/** Whether a figure's value tells more than its words: a vague amount in words, e.g. "a couple of hundred" → about 200. */
export function figureSaysMore(f: Pick<Figure, 'text' | 'value' | 'approximate'>): boolean {
  return f.value !== null && f.approximate && !/\d/.test(f.text);
}

/** Computes, once per article, everything its pages need: numbers, maps, boxes, timeline, forms. */
export function buildView(article: Article, minConfidence: number): ArticleView {
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  const figures = new Map(article.figures.map((f) => [f.id, f]));
  const dates = new Map(article.dates.map((d) => [d.id, d]));
  const claims = new Map(
    article.sections.flatMap((s, i) => s.claims.map((c) => [c.id, { ...c, section: s.id, n: i + 1 }] as const)),
  );
  // Items with at least one mention readers see; one pass, so the view grows linearly with the text.
  const shownRefs = new Set(
    article.sections.flatMap((s) => s.mentions.filter((m) => isShown(m, minConfidence)).map((m) => m.ref)),
  );
  const comparisons = compareFigures(article.figures.filter((f) => shownRefs.has(f.id)));
  const timeline = timelineOf(article);
  const place = new Map(timeline.filter((e) => e.section).map((e, i) => [e.id, i]));

  // The sections where each actor is shown, in order: its full box goes in the first.
  const actorSections = new Map<string, string[]>();
  for (const s of article.sections) {
    for (const m of s.mentions) {
      if (m.kind !== 'actor' || !isShown(m, minConfidence)) continue;
      const list = actorSections.get(m.ref) ?? [];
      if (list.at(-1) !== s.id) actorSections.set(m.ref, [...list, s.id]);
    }
  }

  // Where each actor's box is: described actors' first shown section.
  const actorBoxes = new Map(
    [...actorSections]
      .filter(([id]) => actors.get(id)!.description || actors.get(id)!.links.length)
      .map(([id, where]) => [id, where[0]!]),
  );

  const viewOf = (section: Section, i: number, alone: boolean): SectionBody => {
    const boxes = new Map<string, BoxView | null>();
    const boxFor = (m: Mention): BoxView | null => {
      if (boxes.has(m.ref)) return boxes.get(m.ref)!;
      let box: BoxView | null = null;
      if (m.kind === 'actor') {
        const actor = actors.get(m.ref)!;
        const where = actorSections.get(m.ref) ?? [section.id];
        // Only a description or links earn a box, in the first section that shows the actor. Later
        // mentions link to that box: a "see §1" pointer would be one more box telling nothing new.
        if ((actor.description || actor.links.length) && (alone || where[0] === section.id))
          box = { kind: 'actor', id: m.ref, backs: [], actor, elsewhere: where.filter((s) => s !== section.id) };
      } else if (m.kind === 'figure') {
        const figure = figures.get(m.ref)!;
        const derived = derivedOf(figure);
        const compared = comparisons.get(m.ref) ?? [];
        const reading = figureSaysMore(figure) ? formatFigure(figure) : undefined;
        const population =
          populationShare(figure, claims.get(figure.claims[0] ?? ''), actors, article.publishedAt) ?? undefined;
        if (figure.note || derived || compared.length || reading || population)
          box = { kind: 'figure', id: m.ref, backs: [], figure, derived, comparisons: compared, reading, population };
      } else {
        const date = dates.get(m.ref)!;
        const reading = date.start && dateSaysMore(date) ? formatDateRef(date) : undefined;
        const derived = derivedOf(date);
        if (date.note || reading || derived)
          box = {
            kind: 'date',
            id: m.ref,
            backs: [],
            date,
            reading,
            derived,
            relative: relativeToPublication(article, date),
            place: place.get(m.ref),
          };
      }
      boxes.set(m.ref, box);
      return box;
    };
    const mentions = section.mentions.map((mention, index): MentionView => {
      if (!isShown(mention, minConfidence)) return { mention, target: null };
      const box = boxFor(mention);
      if (box) {
        box.backs.push(index);
        return { mention, target: { box: box.id, section: section.id } };
      }
      const first = mention.kind === 'actor' ? actorBoxes.get(mention.ref) : undefined;
      if (first) return { mention, target: { box: mention.ref, section: first } };
      const index_ = mention.kind === 'actor' ? 'actors' : mention.kind === 'figure' ? 'figures' : 'timeline';
      return { mention, target: { index: index_, id: mention.ref } };
    });
    return {
      section,
      n: i + 1,
      mentions,
      boxes: [...boxes.values()].filter((b): b is BoxView => b !== null),
      reviewed: section.claims.filter((c) => c.note || c.verdict),
    };
  };
  const sections = article.sections.map((section, i): SectionView => ({
    ...viewOf(section, i, false),
    alone: viewOf(section, i, true),
  }));

  const forms = new Map(article.actors.map((a) => [a.id, new Set<string>()]));
  for (const s of article.sections)
    for (const m of s.mentions) if (m.text !== actors.get(m.ref)?.name) forms.get(m.ref)?.add(m.text);
  return {
    article,
    sections,
    bySection: new Map(sections.map((s) => [s.section.id, s])),
    actors,
    figures,
    dates,
    claims,
    timeline,
    forms: new Map([...forms].map(([id, set]) => [id, [...set]])),
    boxCount: sections.reduce((n, s) => n + s.boxes.length + (s.reviewed.length ? 1 : 0), 0),
    shownCount: sections.reduce((n, s) => n + s.mentions.filter((m) => m.target).length, 0),
    // Filled in by getArticleViews, which sees every article.
    actorPages: new Map(article.actors.map((a) => [a.id, a.id])),
  };
}

/**
 * Returns the anchor id, on the article page, that shows an item named in a section: the box its mention
 * there leads to when that box is in the same section, else the section itself (no box, a hidden
 * mention, or an actor described in an earlier section). Pages that point into the article use this
 * rather than guessing a box id, since an item gets a box only when it has something to say.
 */
export function anchorOf(view: ArticleView, section: string, ref: string): string {
  const sv = view.bySection.get(section);
  const target = sv?.mentions.find((m) => m.mention.ref === ref && m.target)?.target;
  return target && 'box' in target && target.section === section ? boxId(section, target.box) : section;
}

/** Orders an article's dates, derived dates and its publication for the timeline. */
function timelineOf(article: Article): TimelineEntry[] {
  const entries: TimelineEntry[] = article.dates.map((d) => ({
    id: d.id,
    sort: d.start ?? '9999',
    label: formatDateRef(d),
    text: d.text,
    section: d.section,
  }));
  for (const f of article.figures) {
    const d = derivedOf(f);
    if (!d) continue;
    const label = `${d.approximate ? 'about ' : ''}${formatDateRef(d)}`;
    entries.push({
      id: `${f.id}-derived`,
      sort: d.start,
      label,
      text: f.text,
      section: f.section,
      derived: d.how,
    });
  }
  if (article.publishedAt)
    entries.push({
      id: 'published',
      sort: article.publishedAt,
      label: formatPartialDate(article.publishedAt),
      text: 'Publication of this article',
    });
  return entries.sort(
    (a, b) => a.sort.localeCompare(b.sort) || (a.id === 'published' ? 1 : b.id === 'published' ? -1 : 0),
  );
}

const cache = new WeakMap<Article, Map<number, ArticleView>>();

/** Returns the article's view, computed once per article and threshold however many pages ask. */
export function viewOf(article: Article, minConfidence: number): ArticleView {
  let byMin = cache.get(article);
  if (!byMin) cache.set(article, (byMin = new Map()));
  let view = byMin.get(minConfidence);
  if (!view) byMin.set(minConfidence, (view = buildView(article, minConfidence)));
  return view;
}
