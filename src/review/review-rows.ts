import { stringify } from 'yaml';
import type { Article, ClaimKind, Mention } from '../model/article.ts';
import { formatDateRef, formatFigure } from '../site/describe.ts';
import { isShown } from '../site/view-model.ts';

/** Whether readers see a mention: curated ones always, the rest at or above the threshold. */
export type Visibility = 'curated' | 'shown' | 'hidden';

/** One mention as the review page lists it. */
export interface MentionRow {
  id: string;
  section: string;
  text: string;
  kind: Mention['kind'];
  /** The actor's name, or the figure's or date's value as a reader would read it. */
  value: string;
  rule: string;
  confidence: number;
  visibility: Visibility;
  /** Where the line goes in the context file, e.g. `corrections → suppress`. */
  pasteUnder: string;
  /** One YAML line for the article's context file. */
  yaml: string;
}

/** One sentence as the review page lists it. */
export interface ClaimRow {
  id: string;
  section: string;
  text: string;
  kind: ClaimKind;
  cue: string;
  rule: string;
  confidence: number;
  /** A line that sets the kind to the one an editor is most likely to want instead. */
  yaml: string;
}

/** An actor without a description, with a line that describes it. */
export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  yaml: string;
}

/** What the review page shows for one article. */
export interface Review {
  mentions: MentionRow[];
  claims: ClaimRow[];
  undescribed: ActorRow[];
}

/** One YAML flow mapping as a list item: `- { text: …, kind: actor }`, quoted wherever YAML needs it. */
export function yamlItem(entry: Record<string, string>): string {
  return `- ${stringify(entry, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`;
}

/** The claim's words an editor's `match` uses: the sentence, cut at a word boundary near 60 characters. */
export function matchWords(sentence: string): string {
  if (sentence.length <= 70) return sentence;
  const cut = sentence.slice(0, 60);
  return cut.slice(0, cut.lastIndexOf(' ')) || cut;
}

const ALTERNATIVE: Record<ClaimKind, ClaimKind> = {
  fact: 'opinion',
  opinion: 'fact',
  forecast: 'fact',
  recommendation: 'opinion',
};

/** Lists every mention and claim of an article for review, in text order. Pure. */
export function reviewRows(article: Article, minConfidence: number): Review {
  const actors = new Map(article.actors.map((a) => [a.id, a]));
  const figures = new Map(article.figures.map((f) => [f.id, f]));
  const dates = new Map(article.dates.map((d) => [d.id, d]));
  const mentions: MentionRow[] = [];
  const claims: ClaimRow[] = [];
  for (const section of article.sections) {
    section.mentions.forEach((m, i) => {
      const value =
        m.kind === 'actor'
          ? (actors.get(m.ref)?.name ?? m.ref)
          : m.kind === 'figure'
            ? figures.get(m.ref)
              ? formatFigure(figures.get(m.ref)!)
              : m.ref
            : dates.get(m.ref)
              ? formatDateRef(dates.get(m.ref)!)
              : m.ref;
      const visibility: Visibility = m.rule === 'curated' ? 'curated' : isShown(m, minConfidence) ? 'shown' : 'hidden';
      mentions.push({
        id: `${section.id}-m${i + 1}`,
        section: section.id,
        text: m.text,
        kind: m.kind,
        value,
        rule: m.rule,
        confidence: m.confidence,
        visibility,
        pasteUnder: 'corrections → suppress',
        yaml: yamlItem({ text: m.text, kind: m.kind }),
      });
    });
    for (const c of section.claims) {
      claims.push({
        id: c.id,
        section: section.id,
        text: c.text,
        kind: c.kind,
        cue: c.cue,
        rule: c.rule,
        confidence: c.confidence,
        yaml: yamlItem({ match: matchWords(c.text), kind: c.curated ? c.kind : ALTERNATIVE[c.kind] }),
      });
    }
  }
  const undescribed = article.actors
    .filter((a) => !a.description)
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      yaml: yamlItem({ id: a.id, name: a.name, kind: a.kind, description: '' }),
    }));
  return { mentions, claims, undescribed };
}
