// Lays out bar charts of an article's figures drawn to scale: one chart per unit that two or more
// figures share, bars from zero so lengths compare honestly.
import type { Figure } from '../model/article.ts';
import { formatFigure } from './describe.ts';

/** One bar: a figure's value as a length, with its label. */
export interface Bar {
  id: string;
  section: string;
  /** The figure as a reader reads it, e.g. `GBP 12,000,000`. */
  label: string;
  /** As written in the text. */
  text: string;
  value: number;
  /** Bar length and, for a range, where its high end reaches. */
  length: number;
  reach: number | null;
  /** Top of the row; the label sits above the bar. */
  y: number;
}

/** One chart: the bars of one unit, sized for an SVG of `width` × `height`. */
export interface BarChart {
  unit: string;
  width: number;
  height: number;
  bars: Bar[];
}

const ROW = 46;

/** Groups figures by unit and lays out a chart for each unit shared by two or more figures with a positive value. */
export function layoutFigureBars(figures: Figure[], width = 640): BarChart[] {
  const byUnit = new Map<string, Figure[]>();
  for (const f of figures) {
    const v = f.value ?? f.low;
    if (!f.unit || v === null || v === undefined || v <= 0) continue;
    byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  }
  const charts: BarChart[] = [];
  for (const [unit, fs] of byUnit) {
    if (fs.length < 2) continue;
    const value = (f: Figure) => (f.value ?? f.low)!;
    const max = Math.max(...fs.map((f) => Math.max(value(f), f.high ?? 0)));
    const scale = (n: number) => (n / max) * (width - 4);
    charts.push({
      unit,
      width,
      height: fs.length * ROW + 4,
      bars: fs.map((f, i) => ({
        id: f.id,
        section: f.section,
        label: formatFigure(f),
        text: f.text,
        value: value(f),
        // A sliver stays visible however small the value beside the largest.
        length: Math.max(2, scale(value(f))),
        reach: f.high !== undefined && f.high > value(f) ? scale(f.high) : null,
        y: i * ROW,
      })),
    });
  }
  return charts;
}
