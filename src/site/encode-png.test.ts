import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodePng } from './encode-png.ts';
import { decodePng } from './fixtures/decode-png.ts';

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
        const decoded = decodePng(png);
        expect([decoded.width, decoded.height]).toEqual([width, height]);
        expect(decoded.pixels).toEqual(px);
      }),
      { numRuns: 50 },
    );
  });

  it('should refuse pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes are not 2×2 RGBA pixels/);
  });
});
