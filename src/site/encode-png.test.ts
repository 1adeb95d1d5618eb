import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodePng } from './encode-png.ts';
import { decodePng } from './fixtures/decode-png.ts';

/** The PNG's colour type: 3 for a palette image, 6 for RGBA. */
const colourType = (png: Buffer) => png[25];

/** Opaque images of up to 40×40 pixels whose colours are drawn from `colours` random ones. */
const image = (colours: { min: number; max: number }) =>
  fc
    .record({
      width: fc.integer({ min: 1, max: 40 }),
      height: fc.integer({ min: 1, max: 40 }),
      palette: fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: colours.min, maxLength: colours.max }),
    })
    .chain(({ width, height, palette }) =>
      fc.array(fc.nat(palette.length - 1), { minLength: width * height, maxLength: width * height }).map((picks) => {
        const px = new Uint8Array(width * height * 4);
        picks.forEach((p, i) => px.set([palette[p]! >> 16, (palette[p]! >> 8) & 255, palette[p]! & 255, 255], i * 4));
        return { width, height, px };
      }),
    );

const distinct = (px: Uint8Array) =>
  new Set(Array.from({ length: px.length / 4 }, (_, i) => px.subarray(i * 4, i * 4 + 4).join())).size;

describe('encodePng', () => {
  it('should encode any opaque image so that a decoder reads back the same pixels', () => {
    fc.assert(
      fc.property(fc.oneof(image({ min: 1, max: 4 }), image({ min: 200, max: 600 })), ({ width, height, px }) => {
        const png = encodePng(px, width, height);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
        expect(colourType(png), 'a palette exactly when there are at most 256 colours').toBe(
          distinct(px) <= 256 ? 3 : 6,
        );
        const decoded = decodePng(png);
        expect([decoded.width, decoded.height]).toEqual([width, height]);
        expect(decoded.pixels).toEqual(px);
      }),
      { numRuns: 60 },
    );
  });

  it('should keep the transparency of a palette image', () => {
    // Opaque red, half-transparent green, opaque blue, in a 3×1 image.
    const px = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 255]);
    const png = encodePng(px, 3, 1);
    expect(colourType(png)).toBe(3);
    const { pixels } = decodePng(png);
    expect([pixels[3], pixels[7], pixels[11]]).toEqual([255, 128, 255]);
    expect([...pixels.subarray(0, 3), ...pixels.subarray(8, 11)]).toEqual([255, 0, 0, 0, 0, 255]);
  });

  it.each([
    ['a Uint8Array', new Uint8Array(4 * 4 + 1)],
    ['a Buffer', Buffer.alloc(4 * 4 + 1)],
  ])('should read pixels from %s at any offset', (_, backing) => {
    const px = backing.subarray(1); // not on a 4-byte boundary
    px.set([1, 2, 3, 255, 4, 5, 6, 255, 1, 2, 3, 255, 7, 8, 9, 255]);
    expect([...decodePng(encodePng(px, 2, 2)).pixels]).toEqual([...px]);
  });

  it('should refuse pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes are not 2×2 RGBA pixels/);
  });
});
