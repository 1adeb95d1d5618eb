// English only: the root module loads every locale's parsers (five times the load time).
import * as chrono from 'chrono-node/en';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/;
const LEAD = /^(?:published|posted|first published|date)(?:\s+on)?\s*:?\s*/i;

/**
 * Reads a calendar date as YYYY-MM-DD: an ISO date or timestamp (its own date, not converted to
 * UTC, as the publisher wrote it) or a written date such as `June 3, 2025` or `3 June 2025`.
 * Returns undefined unless the text is a whole date with day, month and year.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(LEAD, '').trim();
  const iso = ISO.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!text || text.length > 60) return undefined;
  const [hit] = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  if (!hit || hit.index > 0 || !hit.start.isCertain('day') || !hit.start.isCertain('month')) return undefined;
  if (!hit.start.isCertain('year')) return undefined;
  // The date must be the whole text, give or take a weekday, a time or punctuation after it.
  const rest = text.slice(hit.text.length).replace(/^[\s,.;:|–—-]*/, '');
  if (rest && !/^(?:at\s+)?\d{1,2}[:.]\d{2}\b|^(?:[A-Z]{2,4}|GMT|UTC)\b/i.test(rest)) return undefined;
  return validDate(hit.start.get('year')!, hit.start.get('month')!, hit.start.get('day')!);
}

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
