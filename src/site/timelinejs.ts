import type { Article, DateRef } from '../model/article.ts';
import { formatDateRef, formatPartialDate } from './describe.ts';

/** A date as TimelineJS 3 reads it: year, then month and day where known (all strings). */
export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

/** One slide of a TimelineJS 3 timeline. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  unique_id?: string;
}

/** A TimelineJS 3 timeline: a title slide and the events. */
export interface TimelineJs {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Converts a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) to TimelineJS's parts, without leading zeros. */
export function toTimelineJsDate(d: string): TimelineJsDate {
  const [year, month, day] = d.split('-');
  return {
    year: String(Number(year)),
    ...(month && { month: String(Number(month)) }),
    ...(day && { day: String(Number(day)) }),
  };
}

/** Builds the TimelineJS 3 JSON of an article: a title slide, then one event per resolved date, linked to its section. */
export function toTimelineJs(article: Article, sectionUrl: (section: string) => string): TimelineJs {
  const sentence = (d: DateRef) => {
    const section = article.sections.find((s) => s.id === d.section);
    return section?.claims.find((c) => d.claims.includes(c.id))?.text ?? d.text;
  };
  const number = (id: string) => article.sections.findIndex((s) => s.id === id) + 1;
  const events = article.dates
    .filter((d) => d.start)
    .map((d) => ({
      start_date: toTimelineJsDate(d.start!),
      ...(d.end && { end_date: toTimelineJsDate(d.end) }),
      text: {
        headline: escapeHtml(formatDateRef(d)),
        text: [
          `<blockquote>${escapeHtml(sentence(d))}</blockquote>`,
          d.note && `<p><strong>Editor’s note:</strong> ${escapeHtml(d.note.text)}</p>`,
          `<p><a href="${escapeHtml(sectionUrl(d.section))}">Read section ${number(d.section)} of “${escapeHtml(article.title)}”</a></p>`,
        ]
          .filter(Boolean)
          .join(''),
      },
      unique_id: d.id,
    }));
  const by = [article.author, article.publication].filter(Boolean).join(', ');
  const published = article.publishedAt ? `published ${formatPartialDate(article.publishedAt)}` : '';
  return {
    title: {
      text: {
        headline: escapeHtml(article.title),
        text: `<p>${escapeHtml(['The dates in this op-ed', by && `by ${by}`, published].filter(Boolean).join(', '))}.</p>`,
      },
      unique_id: 'title',
    },
    events,
  };
}
