import { crc32, deflateSync } from 'node:zlib';

let scratch = Buffer.alloc(0);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The rows buffer, kept for the next image: a fresh one for every share card cost more in page faults than the encoding. */
function rowsBuffer(size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(size);
  return scratch.subarray(0, size);
}

const SLOTS = 1024; // a hash table four times the palette's size: short probes
const hashOf = (colour: number) => Math.imul(colour, 0x9e3779b1) >>> 22;

/**
 * Writes each pixel's palette index, each row after its filter byte (0), and returns the palette
 * (RGBA, four bytes a colour), or null when the image has more than 256 colours.
 */
function indexColours(rgba: Uint8Array, width: number, height: number, rows: Uint8Array): Uint8Array | null {
  // A copy where the pixels do not start on a 4-byte boundary (Buffer's own slice would be a view).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.prototype.slice.call(rgba);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const keys = new Uint32Array(SLOTS);
  const slots = new Int16Array(SLOTS).fill(-1);
  const palette = new Uint8Array(256 * 4);
  let colours = 0;
  let last = -1;
  let lastIndex = 0;
  const bytes = Buffer.from(aligned.buffer, aligned.byteOffset, aligned.length);
  const stride = width * 4;
  for (let y = 0, i = 0, o = 0; y < height; y++) {
    rows[o++] = 0;
    // A row like the one above (the space between lines of type) repeats its indices: compared and
    // copied natively, where looking at each pixel here would take longer than deflating them.
    if (y > 0 && bytes.compare(bytes, y * stride, (y + 1) * stride, (y - 1) * stride, y * stride) === 0) {
      rows.copyWithin(o, o - width - 1, o - 1);
      o += width;
      i += width;
      continue;
    }
    for (let x = 0; x < width; x++, i++) {
      const colour = words[i]!;
      // Runs of one colour (the background) are most of a card: skip the lookup for them.
      if (colour !== last) {
        let h = hashOf(colour);
        while (slots[h] !== -1 && keys[h] !== colour) h = (h + 1) & (SLOTS - 1);
        if (slots[h] === -1) {
          if (colours === 256) return null;
          keys[h] = colour;
          slots[h] = colours;
          palette.set(aligned.subarray(i * 4, i * 4 + 4), colours * 4);
          colours++;
        }
        last = colour;
        lastIndex = slots[h]!;
      }
      rows[o++] = lastIndex;
    }
  }
  return palette.subarray(0, colours * 4);
}

function header(width: number, height: number, colourType: 3 | 6): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bits per channel (per index, in a palette image)
  data[9] = colourType;
  return chunk('IHDR', data);
}

/**
 * Encodes 8-bit RGBA pixels (rows top to bottom) as a PNG, losslessly: as a palette image when
 * they hold at most 256 colours (a share card: paper, the bar and the shades of one ink), else as
 * RGBA. Rows are left unfiltered and deflated at a low level: flat colour and type compress well
 * that way, and a palette image has a quarter of the bytes to deflate (a card: about 57 KB where
 * RGBA took 100 KB, in about the same time).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new RangeError(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  }
  const indexed = rowsBuffer((width + 1) * height);
  const palette = indexColours(rgba, width, height, indexed);
  if (palette) {
    const rgb = new Uint8Array((palette.length / 4) * 3);
    const alpha = new Uint8Array(palette.length / 4);
    for (let c = 0; c < alpha.length; c++) {
      rgb.set(palette.subarray(c * 4, c * 4 + 3), c * 3);
      alpha[c] = palette[c * 4 + 3]!;
    }
    return Buffer.concat([
      SIGNATURE,
      header(width, height, 3),
      chunk('PLTE', rgb),
      ...(alpha.some((a) => a !== 255) ? [chunk('tRNS', alpha)] : []),
      chunk('IDAT', deflateSync(indexed, { level: 3 })),
      chunk('IEND', new Uint8Array(0)),
    ]);
  }
  // Each row: filter type 0, then its pixels.
  const rows = rowsBuffer((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    header(width, height, 6),
    chunk('IDAT', deflateSync(rows, { level: 3 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
