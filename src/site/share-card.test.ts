import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { shareCardSvg } from './share-card.ts';

/** Counts the pixels in a horizontal band that differ clearly from the card's background. */
function ink(pixels: Uint8Array, width: number, from: number, to: number): number {
  let n = 0;
  for (let y = from; y < to; y++) {
    for (let x = 60; x < width; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i]! < 160) n++;
    }
  }
  return n;
}

describe('share card', () => {
  it('should draw the label, the lead sentence and the title inside the 1200×630 card', async () => {
    const lead =
      'On June 18th, for the first time in 24 years, a long lead sentence wraps over several lines of the card.';
    const image = new Resvg(await shareCardSvg(lead, 'An article title', 'Gloss · section 1 of 8')).render();
    expect([image.width, image.height]).toEqual([1200, 630]);
    const px = new Uint8Array(image.pixels);
    expect(ink(px, 1200, 40, 110), 'label').toBeGreaterThan(500);
    expect(ink(px, 1200, 200, 420), 'lead').toBeGreaterThan(5000);
    expect(ink(px, 1200, 520, 600), 'title').toBeGreaterThan(500);
    // Nothing runs off the right edge.
    let edge = 0;
    for (let y = 0; y < 630; y++) for (let x = 1180; x < 1200; x++) if (px[(y * 1200 + x) * 4]! < 160) edge++;
    expect(edge).toBe(0);
  });
});
