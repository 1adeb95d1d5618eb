import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { encodePng } from './encode-png.ts';
import { truncate } from './text.ts';

// Runs in the build and in the share-card workers (plain Node, type stripping): import nothing
// that needs Vite.
const require = createRequire(import.meta.url);

/** The scripts of Source Serif 4 a card can set, each a font file per weight, in fallback order. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const familyOf = (subset: string) => `Gloss Card Serif ${subset}`;

/**
 * The font files a card is drawn with: Source Serif 4, regular and bold, in every script it has
 * (Latin, Cyrillic, Greek, Vietnamese), so that a name in any of them is drawn in the card's type.
 * Each script is a family of its own, listed in order in `FAMILY`: which file sets a character
 * is then decided by that order, not by how the font manager ranks files of one family.
 */
export const CARD_FONTS = [400, 700].flatMap((weight) =>
  SUBSETS.map((subset) => ({
    family: familyOf(subset),
    file: require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
  })),
);

/** The card's font families, as a CSS list: Latin first, then the other scripts. */
export const FAMILY = SUBSETS.map((s) => `"${familyOf(s)}"`).join(', ');

/** What a share card shows: a small label, the section's first words in large type, the article's title. */
export interface ShareCard {
  lead: string;
  title: string;
  label: string;
  /** Whether the lead is a quotation, set in quotation marks (a section's words are). Default: yes. */
  quoted?: boolean;
}

export const WIDTH = 1200;
export const HEIGHT = 630;
const BAR = 24;
const PAD_X = 72;
const PAD_Y = 56;
const TEXT_WIDTH = WIDTH - BAR - PAD_X * 2;
export const INK = '#1d1d1b';
// The ink at 72% (#5b5b58 on the paper): every pixel of a card is then paper, the bar or a shade of
// the one ink, few enough colours for a palette PNG (half the bytes of RGBA).
const MUTED = 'rgba(29, 29, 27, 0.72)';

let surface: Promise<import('@napi-rs/canvas').Canvas> | null = null;
/** The one canvas of this thread, drawn over for each card: a new one each time costs more than drawing. */
function canvas() {
  // Loaded only when a card is drawn: a rebuild that finds every card cached never loads it.
  return (surface ??= import('@napi-rs/canvas').then(({ GlobalFonts, createCanvas }) => {
    for (const { file, family } of CARD_FONTS) {
      if (!GlobalFonts.register(readFileSync(file), family)) throw new Error(`could not load the font ${file}`);
    }
    return createCanvas(WIDTH, HEIGHT);
  }));
}

/**
 * Breaks text into at most `max` lines no wider than `width`, at spaces (a word wider than a line
 * is broken between characters); the last line kept ends in `…` when text was left out.
 */
export function wrapLines(text: string, width: number, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (next: string) => {
    lines.push(line);
    line = next;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) push('');
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (line && measure(line + ch) > width) push('');
      line += ch;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && measure(`${last}…`) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.replace(/[\s,;:]+$/, '')}…`;
  return kept;
}

/** Draws `lines` from `top`, one every `step` pixels, and returns where the next would start. */
function drawLines(ctx: SKRSContext2D, lines: string[], top: number, step: number, size: number): number {
  for (const [i, line] of lines.entries()) ctx.fillText(line, BAR + PAD_X, top + i * step + (step - size) / 2);
  return top + lines.length * step;
}

/**
 * Draws a 1200×630 share card as PNG: the label at the top, the lead in large bold type in the
 * middle, the title at the bottom, on the site's paper colour with its blue bar at the left.
 */
export async function drawShareCard({ lead, title, label, quoted = true }: ShareCard): Promise<Buffer> {
  const card = await canvas();
  const ctx = card.getContext('2d');
  ctx.lang = 'en'; // the same pixels whatever the machine's language
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#fdfcf9';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#0b5394';
  ctx.fillRect(0, 0, BAR, HEIGHT);

  const lineOf = (font: string, text: string, max: number) => {
    ctx.font = font;
    return wrapLines(text, TEXT_WIDTH, max, (s) => ctx.measureText(s).width);
  };
  ctx.fillStyle = MUTED;
  const labelLines = lineOf(`28px ${FAMILY}`, label, 1);
  const labelEnd = drawLines(ctx, labelLines, PAD_Y, 34, 28);

  const titleLines = lineOf(`30px ${FAMILY}`, title, 2);
  const titleTop = HEIGHT - PAD_Y - titleLines.length * 38;
  drawLines(ctx, titleLines, titleTop, 38, 30);

  // The lead fills the space between, centred in it, in as many lines as fit.
  const quote = truncate(lead, 220);
  const size = quote.length > 140 ? 44 : 54;
  const step = Math.round(size * 1.25);
  const room = titleTop - labelEnd - 2 * 24;
  ctx.fillStyle = INK;
  const leadLines = lineOf(
    `bold ${size}px ${FAMILY}`,
    quoted ? `“${quote}”` : quote,
    Math.max(1, Math.floor(room / step)),
  );
  drawLines(ctx, leadLines, Math.round(labelEnd + (titleTop - labelEnd - leadLines.length * step) / 2), step, size);

  return encodePng(card.data(), WIDTH, HEIGHT);
}
