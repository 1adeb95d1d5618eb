import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './encode-png.ts';

/** Decodes a PNG with resvg (an independent decoder), drawn 1:1 with no smoothing. */
function decode(png: Buffer, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="optimizeSpeed" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().pixels);
}

describe('encodePng', () => {
  it('should encode any opaque image so that a decoder reads back the same pixels', () => {
    const image = fc
      .record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 40 }) })
      .chain(({ width, height }) =>
        fc
          .uint8Array({ minLength: width * height * 4, maxLength: width * height * 4 })
          .map((px) => ({ width, height, px: px.map((v, i) => (i % 4 === 3 ? 255 : v)) })),
      );
    fc.assert(
      fc.property(image, ({ width, height, px }) => {
        const png = encodePng(px, width, height);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
        expect(decode(png, width, height)).toEqual(px);
      }),
      { numRuns: 50 },
    );
  });

  it('should refuse pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes are not 2×2 RGBA pixels/);
  });
});
