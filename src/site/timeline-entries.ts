import type { Article } from '../model/article.ts';
import type { TimelineEntry } from './timeline-svg.ts';
import { formatDateRef, formatPartialDate } from './describe.ts';

/**
 * Lists an article's resolved dates, the dates its figures imply (derived: "in 24 years" → about
 * 2000; their ids are the view model's, `<figure id>-derived`), and its publication date, as
 * timeline entries. Unresolved dates are left out.
 */
export function timelineEntries(article: Article): TimelineEntry[] {
  const entries: TimelineEntry[] = article.dates.flatMap((d) =>
    d.start
      ? [{ id: d.id, start: d.start, end: d.end, label: formatDateRef(d), name: `${formatDateRef(d)}: “${d.text}”` }]
      : [],
  );
  for (const f of article.figures) {
    if (!f.derived) continue;
    const label = `${f.derived.approximate ? 'about ' : ''}${formatDateRef(f.derived)}`;
    entries.push({
      id: `${f.id}-derived`,
      start: f.derived.start,
      end: f.derived.end,
      label,
      name: `${label} (derived): “${f.text}”`,
    });
  }
  if (article.publishedAt) {
    const label = `Published ${formatPartialDate(article.publishedAt)}`;
    entries.push({ id: 'published', start: article.publishedAt, end: null, label, name: label, published: true });
  }
  return entries;
}
