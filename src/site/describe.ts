import type { Actor, Article, ClaimKind, DateRef, Figure } from '../model/article.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats a partial date for readers: `2024-06` → `June 2024`. */
export function formatPartialDate(d: string | null): string {
  if (!d) return 'unresolved';
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  if (!day) return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Formats a date reference as a point or a range. */
export function formatDateRef(d: Pick<DateRef, 'start' | 'end'>): string {
  if (!d.start) return 'not resolved (no publication date)';
  return d.end ? `${formatPartialDate(d.start)} – ${formatPartialDate(d.end)}` : formatPartialDate(d.start);
}

const nf = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** Formats a figure as a number with its unit and certainty, e.g. `about 1,000,000 shells`. */
export function formatFigure(f: Figure): string {
  const money = f.unit && /^[A-Z]{3}$/.test(f.unit);
  const num = (n: number) => (money ? `${f.unit} ${nf.format(n)}` : f.unit === '%' ? `${nf.format(n)}%` : nf.format(n));
  const unit = money || f.unit === '%' || !f.unit ? '' : ` ${f.unit}`;
  let core: string;
  if (f.value === null && f.low !== undefined && f.high !== undefined)
    core = `between ${num(f.low)} and ${num(f.high)}`;
  else if (f.value !== null && f.low === f.value && f.high === undefined) core = `more than ${num(f.value)}`;
  else if (f.value !== null && f.high === f.value && f.low === undefined) core = `up to ${num(f.value)}`;
  else if (f.value !== null) core = `${f.approximate ? 'about ' : ''}${num(f.value)}`;
  else core = 'an unknown amount';
  return `${core}${unit}`;
}

/** Human labels for the kinds, used in boxes, indexes and accessible names. */
export const CLAIM_LABELS: Record<ClaimKind, string> = {
  fact: 'Fact',
  forecast: 'Forecast',
  recommendation: 'Recommendation',
  opinion: 'Opinion',
};
export const CLAIM_MARKS: Record<ClaimKind, string> = { fact: 'F', forecast: 'P', recommendation: 'R', opinion: 'O' };
export const ACTOR_LABELS: Record<Actor['kind'], string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organisation',
  place: 'Place',
  group: 'Group',
};

/** Days between publication and a date, in words, for the timeline. */
export function relativeToPublication(article: Article, d: DateRef): string | null {
  if (!article.publishedAt || !d.start || d.start.length < 10) return null;
  const days = Math.round((Date.parse(d.start) - Date.parse(article.publishedAt)) / 86_400_000);
  if (days === 0) return 'the day of publication';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} publication`;
}

/** A section's lead sentence, used for share cards and descriptions. */
export function leadSentence(text: string, claims: { text: string }[]): string {
  return claims[0]?.text ?? text.slice(0, 200);
}

/** Truncates text at a word boundary, for descriptions. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
