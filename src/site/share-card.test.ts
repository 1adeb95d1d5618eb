import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawShareCard, FAMILY, HEIGHT, WIDTH, wrapLines } from './share-card.ts';
import { decodePng } from './fixtures/decode-png.ts';

/** Counts the pixels in a band of rows that differ clearly from the card's background, right of the bar. */
function ink(pixels: Uint8Array, from: number, to: number, left = 60, right = WIDTH): number {
  let n = 0;
  for (let y = from; y < to; y++) {
    for (let x = left; x < right; x++) if (pixels[(y * WIDTH + x) * 4]! < 160) n++;
  }
  return n;
}

const draw = async (lead: string, title: string, label = 'Annotated by Gloss') => {
  const png = await drawShareCard({ lead, title, label });
  return { ...decodePng(png), colourType: png[25] };
};

describe('share card', () => {
  it('should draw the label, the lead and the title inside the 1200×630 card', async () => {
    const card = await draw(
      'On June 18th, for the first time in 24 years, a long lead sentence wraps over several lines of the card.',
      'An article title',
      'Gloss · section 1 of 8',
    );
    expect([card.width, card.height]).toEqual([WIDTH, HEIGHT]);
    expect(ink(card.pixels, 40, 110), 'label').toBeGreaterThan(500);
    expect(ink(card.pixels, 200, 420), 'lead').toBeGreaterThan(5000);
    expect(ink(card.pixels, 520, 600), 'title').toBeGreaterThan(500);
    expect(ink(card.pixels, 0, HEIGHT, WIDTH - 20), 'nothing runs off the right edge').toBe(0);
  });

  it('should keep any lead, title and label inside the card, clear of its edges', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc
        .array(fc.constantFrom('word', 'Łódź', 'Supercalifragilisticexpialidocious', '3.2bn', '—'), { maxLength: 80 })
        .map((w) => w.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(text, text, text, async (lead, title, label) => {
        const { pixels, colourType } = await draw(lead, title, label);
        expect(colourType, 'few enough colours for a palette image (half the bytes)').toBe(3);
        expect(ink(pixels, 0, 40) + ink(pixels, HEIGHT - 40, HEIGHT), 'top and bottom margins').toBe(0);
        expect(ink(pixels, 0, HEIGHT, WIDTH - 60), 'right margin').toBe(0);
      }),
      { numRuns: 15 },
    );
  });
});

describe('share card type', () => {
  it.each([
    ['cyrillic', 'Владимир Зеленский'],
    ['greek', 'Ολυμπία'],
    ['vietnamese', 'ễịữ'],
  ])('should set %s in the card’s own serif, not a fallback font', async (subset, word) => {
    const { createCanvas } = await import('@napi-rs/canvas');
    await drawShareCard({ lead: word, title: 't', label: 'l' }); // registers the card's fonts
    const ctx = createCanvas(10, 10).getContext('2d');
    const width = (family: string) => {
      ctx.font = `bold 54px ${family}`;
      return ctx.measureText(word).width;
    };
    // The card's list sets the word as that script's own file does, and not as the Latin files
    // with whatever font the machine falls back to.
    expect(width(FAMILY)).toBeCloseTo(width(`"Gloss Card Serif ${subset}"`), 1);
    expect(width(FAMILY)).not.toBeCloseTo(width('"Gloss Card Serif latin"'), 1);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length; // one unit a character
  it('should break at spaces and keep every word when the lines suffice', () => {
    expect(wrapLines('one two three four', 9, 5, measure)).toEqual(['one two', 'three', 'four']);
  });

  it('should end the last line kept with an ellipsis when text is left out', () => {
    expect(wrapLines('one two three four', 9, 2, measure)).toEqual(['one two', 'three…']);
  });

  it('should fit any text into lines no wider than the width, in at most the lines allowed', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (text, width, max) => {
          const lines = wrapLines(text, width, max, measure);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
          // Nothing is lost when it all fits: the words, in order.
          if (!lines.some((l) => l.endsWith('…'))) {
            expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          }
        },
      ),
    );
  });
});
