// Lays out an article's dates for a static SVG timeline: a time axis scaled to the dates, points as
// dots, ranges as bands, the publication date marked, and labels placed so that none overlap.
// Two orientations: horizontal for wide screens, vertical (time running down) for phones.

/** One date to draw: a point, or a range when `end` is set. */
export interface TimelineEntry {
  /** The id of the entry in the list below the drawing, linked from the mark. */
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  /** The end of a range at its known precision, or null for a point. */
  end: string | null;
  /** The short label drawn beside the mark, e.g. `18 June 2024`. */
  label: string;
  /** The accessible name of the mark's link, e.g. `18 June 2024: “June 18th”`. */
  name: string;
  /** The publication date: its mark is drawn apart, with a heavier tick on the axis. */
  published?: boolean;
}

/** A rectangle in SVG user units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One mark as laid out. */
export interface TimelineMark {
  id: string;
  name: string;
  kind: 'point' | 'range';
  published: boolean;
  /** ISO dates at the precision known: the start, and the end (the start again for a point). */
  dataStart: string;
  dataEnd: string;
  /** The mark itself: a band's rectangle, or a dot's centre in `x`, `y` (with `w` = `h` = 0). */
  shape: Box;
  /** The label's lines and the box they occupy; text starts at `label.x` (or ends there when `anchor` is `end`). */
  lines: string[];
  label: Box;
  anchor: 'start' | 'end';
  /** A leader from the mark to a label that had to move away from it, as [x1, y1, x2, y2]. */
  leader: [number, number, number, number] | null;
}

/** A tick on the time axis. */
export interface TimelineTick {
  /** Position along the time axis (x when horizontal, y when vertical). */
  at: number;
  label: string;
}

/** Everything the SVG needs: its size, axis, ticks and marks in time order. */
export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  /** The axis line, as [x1, y1, x2, y2]. */
  axis: [number, number, number, number];
  ticks: TimelineTick[];
  /** A heavier tick across the axis at the publication date, as [x1, y1, x2, y2], if the article has one. */
  publishedRule: [number, number, number, number] | null;
  marks: TimelineMark[];
  /** Sizes the SVG's text is laid out for. */
  fontSize: number;
  lineHeight: number;
}

/** Options: the orientation and the width in SVG units (about CSS pixels at the intended size). */
export interface TimelineOptions {
  orientation: 'horizontal' | 'vertical';
  /** Default 960 horizontal, 320 vertical. */
  width?: number;
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// A generous average glyph width for a sans-serif, in ems, so estimated labels are never too short.
const EM = 0.6;
const DOT = 6;
const BAND = 10;

/** Returns the first and the day after the last day of a partial date, as UTC milliseconds. */
export function dateSpan(d: string): [number, number] {
  const [y, m, day] = d.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (day === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const t = Date.UTC(y, m - 1, day);
  return [t, t + DAY];
}

/** Returns the span an entry covers: a point's whole day, month or year; a range from its start to its end's end. */
function entrySpan(e: TimelineEntry): [number, number] {
  const [s0, s1] = dateSpan(e.start);
  return e.end ? [s0, Math.max(s1, dateSpan(e.end)[1])] : [s0, s1];
}

/** Splits a label into lines of at most `max` characters, at spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than a line is cut, so no label runs out of the chart.
  const words = text.split(/\s+/).flatMap((w) => w.match(new RegExp(`.{1,${max}}`, 'gu')) ?? []);
  for (const word of words) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Picks round ticks (years, or months for short spans) inside a time domain. */
function chooseTicks(from: number, to: number, maxTicks: number): { t: number; label: string }[] {
  const years = (to - from) / (365.25 * DAY);
  if (years >= 2) {
    const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => years / s <= maxTicks) ?? 1000;
    const first = Math.ceil(new Date(from).getUTCFullYear() / step) * step;
    const out = [];
    for (let y = first; Date.UTC(y, 0, 1) <= to; y += step)
      if (Date.UTC(y, 0, 1) >= from) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
    return out;
  }
  const months = (to - from) / (30.44 * DAY);
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= maxTicks) ?? 12;
  const out = [];
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let m = Math.ceil((d.getUTCMonth() + (d.getUTCDate() > 1 ? 1 : 0)) / step) * step;
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    const t = Date.UTC(y, m, 1);
    if (t > to) break;
    out.push({ t, label: m === 0 || out.length === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m]! });
    m += step;
  }
  return out;
}

/** Lays out a timeline of dates; returns null when there is nothing to draw. */
export function layoutTimeline(entries: TimelineEntry[], options: TimelineOptions): TimelineLayout | null {
  if (entries.length === 0) return null;
  const horizontal = options.orientation === 'horizontal';
  const width = options.width ?? (horizontal ? 960 : 320);
  const fontSize = horizontal ? 15 : 14;
  const lineHeight = Math.round(fontSize * 1.35);
  const charW = fontSize * EM;
  // In time order; on a tie the longer span first, and the publication date last.
  const sorted = entries
    .map((e) => ({ e, span: entrySpan(e) }))
    .sort(
      (a, b) =>
        a.span[0] - b.span[0] ||
        Number(a.e.published ?? false) - Number(b.e.published ?? false) ||
        b.span[1] - a.span[1] ||
        a.e.id.localeCompare(b.e.id),
    );
  let from = Math.min(...sorted.map((s) => s.span[0]));
  let to = Math.max(...sorted.map((s) => s.span[1]));
  const pad = Math.max((to - from) * 0.04, 15 * DAY);
  from -= pad;
  to += pad;
  const base = (s: { e: TimelineEntry; span: [number, number] }) => ({
    id: s.e.id,
    name: s.e.name,
    kind: s.e.end ? ('range' as const) : ('point' as const),
    published: s.e.published ?? false,
    dataStart: s.e.start,
    dataEnd: s.e.end ?? s.e.start,
  });
  return horizontal
    ? layoutHorizontal(sorted, base, { from, to, width, fontSize, lineHeight, charW })
    : layoutVertical(sorted, base, { from, to, width, fontSize, lineHeight, charW });
}

type Sorted = { e: TimelineEntry; span: [number, number] }[];
type Base = (s: Sorted[number]) => Omit<TimelineMark, 'shape' | 'lines' | 'label' | 'anchor' | 'leader'>;
type Geometry = { from: number; to: number; width: number; fontSize: number; lineHeight: number; charW: number };

// Horizontal: time runs left to right; each mark sits in the first lane (row) where it and its label
// fit after what the lane already holds, so labels never overlap.
function layoutHorizontal(sorted: Sorted, base: Base, g: Geometry): TimelineLayout {
  const left = 12;
  const right = g.width - 12;
  const x = (t: number) => left + ((t - g.from) / (g.to - g.from)) * (right - left);
  const laneH = g.lineHeight + 22;
  const top = 8;
  const gap = 14;
  const laneEnds: number[] = [];
  const placed = sorted.map((s) => {
    const x0 = x(s.span[0]);
    const x1 = s.e.end ? Math.max(x(s.span[1]), x0 + 2) : x0;
    const cx = (x0 + x1) / 2;
    const lines = [s.e.label];
    const w = s.e.label.length * g.charW;
    // Labels start at the mark; near the right edge they end there instead.
    const anchor: 'start' | 'end' = (s.e.end ? x0 : cx - DOT) + w > right ? 'end' : 'start';
    const lx = anchor === 'start' ? (s.e.end ? x0 : cx - DOT) : s.e.end ? x1 : cx + DOT;
    const extent: [number, number] =
      anchor === 'start'
        ? [Math.min(x0, cx - DOT), Math.max(x1, cx + DOT, lx + w)]
        : [Math.min(x0, cx - DOT, lx - w), Math.max(x1, cx + DOT)];
    let lane = laneEnds.findIndex((end) => end + gap <= extent[0]);
    if (lane < 0) lane = laneEnds.push(extent[1]) - 1;
    else laneEnds[lane] = extent[1];
    return { s, x0, x1, cx, lines, w, anchor, lx, lane };
  });
  const axisY = top + laneEnds.length * laneH + 10;
  const marks: TimelineMark[] = placed.map((p) => {
    const rowTop = top + p.lane * laneH;
    const markY = rowTop + g.lineHeight + 10;
    const shape: Box = p.s.e.end
      ? { x: p.x0, y: markY - BAND / 2, w: p.x1 - p.x0, h: BAND }
      : { x: p.cx, y: markY, w: 0, h: 0 };
    const label: Box = { x: p.anchor === 'start' ? p.lx : p.lx - p.w, y: rowTop, w: p.w, h: g.lineHeight };
    return {
      ...base(p.s),
      shape,
      lines: p.lines,
      label,
      anchor: p.anchor,
      // A drop line from a dot to the axis shows where on the axis it sits; a band shows that by its length.
      leader: p.s.e.end ? null : [p.cx, markY + DOT, p.cx, axisY],
    };
  });
  const pub = marks.find((m) => m.published);
  return {
    orientation: 'horizontal',
    width: g.width,
    height: axisY + 8 + g.lineHeight,
    axis: [left, axisY, right, axisY],
    ticks: chooseTicks(g.from, g.to, Math.floor((right - left) / 110)).map((t) => ({ at: x(t.t), label: t.label })),
    publishedRule: pub ? [pub.shape.x, axisY - 10, pub.shape.x, axisY] : null,
    marks,
    fontSize: g.fontSize,
    lineHeight: g.lineHeight,
  };
}

// Vertical: time runs down; labels sit in a column right of the marks, each pushed below the one
// before it when they would overlap, with a leader back to its mark.
function layoutVertical(sorted: Sorted, base: Base, g: Geometry): TimelineLayout {
  const axisX = 76;
  const markX = axisX + 16;
  // Dots closer than their size move to a second column, so neither hides the other.
  const column = 2 * DOT + 3;
  const labelX = markX + column + DOT + 10;
  const dots: { x: number; y: number }[] = [];
  const maxChars = Math.max(8, Math.floor((g.width - labelX - 4) / g.charW));
  const top = 12;
  const span = Math.max(220, sorted.length * g.lineHeight * 2.2);
  const y = (t: number) => top + ((t - g.from) / (g.to - g.from)) * span;
  let next = -Infinity;
  const marks: TimelineMark[] = sorted.map((s) => {
    const y0 = y(s.span[0]);
    const y1 = s.e.end ? Math.max(y(s.span[1]), y0 + 2) : y0;
    const cy = (y0 + y1) / 2;
    let dotX = markX;
    if (!s.e.end) {
      if (dots.some((d) => d.x === markX && Math.abs(d.y - cy) < 2 * DOT + 1)) dotX = markX + column;
      dots.push({ x: dotX, y: cy });
    }
    const shape: Box = s.e.end ? { x: markX - BAND / 2, y: y0, w: BAND, h: y1 - y0 } : { x: dotX, y: cy, w: 0, h: 0 };
    // A band's label sits at its top, a dot's at its centre, unless the label before is in the way.
    const want = (s.e.end ? y0 : cy) - g.lineHeight / 2;
    const lines = wrap(s.e.label, maxChars);
    const ly = Math.max(want, next, 0);
    const h = lines.length * g.lineHeight;
    next = ly + h + 4;
    const w = Math.max(...lines.map((l) => l.length)) * g.charW;
    const anchorY = s.e.end ? y0 + Math.min(6, (y1 - y0) / 2) : cy;
    return {
      ...base(s),
      shape,
      lines,
      label: { x: labelX, y: ly, w, h },
      anchor: 'start' as const,
      leader: [(s.e.end ? markX + BAND / 2 : dotX + DOT) + 1, anchorY, labelX - 4, ly + g.lineHeight / 2],
    };
  });
  const bottom = Math.max(top + span, next);
  const pub = marks.find((m) => m.published);
  return {
    orientation: 'vertical',
    width: g.width,
    height: bottom + 12,
    axis: [axisX, top, axisX, top + span],
    ticks: chooseTicks(g.from, g.to, Math.floor(span / 40)).map((t) => ({ at: y(t.t), label: t.label })),
    publishedRule: pub ? [axisX, pub.shape.y, axisX + 10, pub.shape.y] : null,
    marks,
    fontSize: g.fontSize,
    lineHeight: g.lineHeight,
  };
}
