import type { Article } from '../model/article.ts';
import type { TimelineEntry } from './timeline-svg.ts';
import { formatDateRef, formatPartialDate } from './describe.ts';

/** Lists an article's resolved dates, and its publication date, as timeline entries (unresolved dates are left out). */
export function timelineEntries(article: Article): TimelineEntry[] {
  const entries: TimelineEntry[] = article.dates.flatMap((d) =>
    d.start
      ? [{ id: d.id, start: d.start, end: d.end, label: formatDateRef(d), name: `${formatDateRef(d)}: “${d.text}”` }]
      : [],
  );
  if (article.publishedAt) {
    const label = `Published ${formatPartialDate(article.publishedAt)}`;
    entries.push({ id: 'published', start: article.publishedAt, end: null, label, name: label, published: true });
  }
  return entries;
}
