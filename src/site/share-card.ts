import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodePng } from './encode-png.ts';
import { truncate } from './text.ts';

// Runs in the build and in the share-card workers (plain Node, type stripping): import nothing
// that needs Vite.
const require = createRequire(import.meta.url);
// Satori reads WOFF, not WOFF2: the package's .woff files are used as shipped.
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;

type El = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): El => ({
  type,
  props: { style, children },
});

/** What a share card shows: a small label, the section's first words in large type, the article's title. */
export interface ShareCard {
  lead: string;
  title: string;
  label: string;
}

/** Draws a 1200×630 share card as PNG. */
export async function drawShareCard({ lead, title, label }: ShareCard): Promise<Buffer> {
  // Loaded only when a card is drawn: a rebuild that finds every card cached never loads them.
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(await shareCardSvg(lead, title, label), {
    fitTo: { mode: 'width', value: 1200 },
    // Satori draws text as paths: no font is needed, so none is looked for.
    font: { loadSystemFonts: false },
  }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** Lays out the share card as SVG (satori). */
export async function shareCardSvg(lead: string, title: string, label: string): Promise<string> {
  const { default: satori } = await import('satori');
  fonts ??= [
    { name: 'Serif', data: font(400), weight: 400, style: 'normal' },
    { name: 'Serif', data: font(700), weight: 700, style: 'normal' },
  ];
  const quote = truncate(lead, 220);
  const width = 1200 - 24 - 72 * 2;
  const tree = el(
    'div',
    { width: 1200, height: 630, display: 'flex', background: '#fdfcf9', color: '#1d1d1b', fontFamily: 'Serif' },
    [
      el('div', { width: 24, height: 630, background: '#0b5394', display: 'flex' }),
      el(
        'div',
        {
          // satori sizes boxes by their content: let the column fill the card instead of fixing its size.
          flexGrow: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '56px 72px',
        },
        [
          el('div', { fontSize: 28, color: '#5b5a55', display: 'flex', width }, label),
          el(
            'div',
            { fontSize: quote.length > 140 ? 44 : 54, fontWeight: 700, lineHeight: 1.25, display: 'flex', width },
            `“${quote}”`,
          ),
          el('div', { fontSize: 30, color: '#5b5a55', display: 'flex', width }, title),
        ],
      ),
    ],
  );
  return satori(tree as never, { width: 1200, height: 630, fonts });
}
