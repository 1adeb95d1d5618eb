import { GlossError } from '../errors/gloss-error.ts';

/** What a file's first bytes say it is, whatever its name says. */
export type Sniffed = 'empty' | 'zip' | 'ole' | 'pdf' | 'rtf' | 'gzip' | 'image' | 'binary' | 'html' | 'text';

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Tells a file's real kind from its bytes: a zip (docx), an old Word file, a PDF, HTML, text... */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) return 'empty';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (starts(bytes, [0x1f, 0x8b])) return 'gzip';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47]) || starts(bytes, [0xff, 0xd8, 0xff]) || starts(bytes, [0x47, 0x49, 0x46]))
    return 'image';
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (bytes.subarray(0, 4096).includes(0)) return 'binary';
  if (/^<[a-z!?]/i.test(head) || /<(?:p|div|article|body|span|br)[\s/>]/i.test(head)) return 'html';
  return 'text';
}

/** Names a sniffed kind for an error message. */
export function describeKind(kind: Sniffed): string {
  return {
    empty: 'an empty file',
    zip: 'a zip archive (a Word .docx or zipped export)',
    ole: 'an old-style Word .doc (or other Office 97-2003) file',
    pdf: 'a PDF',
    rtf: 'an RTF document',
    gzip: 'a gzip archive',
    image: 'an image',
    binary: 'a binary file',
    html: 'an HTML page',
    text: 'plain text',
  }[kind];
}

/**
 * Decodes text bytes: UTF-8 (a byte order mark dropped), or the charset an HTML page declares.
 * Windows line ends become `\n`.
 */
export function decodeText(file: string, bytes: Uint8Array, declared?: string): string {
  const label = declared?.toLowerCase() ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: label === 'utf-8' || label === 'utf8' }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError)
      throw new GlossError({ file }, `the page declares an unknown charset \`${declared}\``, 'save it as UTF-8');
    throw new GlossError(
      { file },
      'the file is not valid UTF-8 text',
      'save it as UTF-8, e.g. `iconv -f windows-1252 -t utf-8`',
    );
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
