import { GlossError } from '../errors/gloss-error.ts';
import { describeKind, sniff, type Sniffed } from './sniff.ts';
import type { Imported } from './imported.ts';

/** The formats `npm run import` reads, by file extension. */
export const FORMATS = {
  docx: 'Word',
  html: 'web page or Google Docs export',
  htm: 'web page',
  zip: 'zipped Google Docs "Web page" export',
  aml: 'ArchieML',
  md: 'Markdown',
  markdown: 'Markdown',
  txt: 'plain text',
} as const;
type Format = keyof typeof FORMATS;

/** What each format's bytes must look like. */
const EXPECTED: Record<Format, Sniffed[]> = {
  docx: ['zip'],
  zip: ['zip'],
  html: ['html'],
  htm: ['html'],
  aml: ['text', 'html'],
  md: ['text', 'html'],
  markdown: ['text', 'html'],
  txt: ['text', 'html'],
};

/** Advice for formats people often have instead. */
const CONVERT: Record<string, string> = {
  doc: 'open it in Word and save it as .docx (Word Document)',
  odt: 'open it in LibreOffice or Google Docs and save or download it as .docx',
  rtf: 'open it in Word or LibreOffice and save it as .docx',
  pages: 'in Pages, choose File › Export To › Word… to get a .docx',
  pdf: 'import the original document (.docx, Google Doc or web page) instead of the PDF',
  gdoc: 'in Google Docs, choose File › Download › Web page (.html, zipped) or Microsoft Word (.docx)',
  webarchive: 'in the browser, save the page as "Web Page, HTML Only" (.html)',
  mhtml: 'in the browser, save the page as "Webpage, HTML only" (.html)',
  mht: 'in the browser, save the page as "Webpage, HTML only" (.html)',
};

/**
 * Converts a draft file's bytes into an article's frontmatter and Markdown body, choosing the
 * reader by extension and checking first that the bytes are what the extension says.
 */
export async function importFile(file: string, bytes: Uint8Array): Promise<Imported> {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const known = Object.keys(FORMATS)
    .map((e) => `.${e}`)
    .join(', ');
  if (!(ext in FORMATS)) {
    throw new GlossError(
      { file },
      ext ? `Gloss cannot import .${ext} files` : 'the file has no extension, so Gloss cannot tell its format',
      CONVERT[ext] ?? `save it as one of ${known}, or name it with the right extension`,
    );
  }
  const format = ext as Format;
  const kind = sniff(bytes);
  if (kind === 'empty') throw new GlossError({ file }, 'the file is empty', 'export or save the article again');
  // A whole web page saved under a text name would be imported tags and all.
  const page =
    kind === 'html' &&
    /^\s*(?:\uFEFF)?<(?:!doctype\s+html|html)[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 512)));
  if (page && format !== 'html' && format !== 'htm') {
    throw new GlossError(
      { file },
      `this is not a ${FORMATS[format]} file: its content is an HTML page`,
      'name it .html',
    );
  }
  if (!EXPECTED[format].includes(kind)) {
    throw new GlossError(
      { file },
      `this is not a ${FORMATS[format]} file: its content is ${describeKind(kind)}`,
      fixFor(kind, format),
    );
  }
  // Each reader is loaded only when needed: Word and HTML bring large libraries.
  switch (format) {
    case 'docx':
      return (await import('./from-docx.ts')).importDocx(file, bytes);
    case 'zip':
      return importZippedHtml(file, bytes);
    case 'html':
    case 'htm':
      return (await import('./from-html.ts')).importHtml(file, bytes);
    case 'aml':
      return (await import('./from-aml.ts')).importAml(file, bytes);
    case 'md':
    case 'markdown':
      return (await import('./from-markdown.ts')).importMarkdown(file, bytes, 'md');
    case 'txt':
      return (await import('./from-markdown.ts')).importMarkdown(file, bytes, 'txt');
  }
}

/** Google Docs' "Web page (.html, zipped)" download: one .html page and its images. */
async function importZippedHtml(file: string, bytes: Uint8Array): Promise<Imported> {
  const { openZip } = await import('./from-docx.ts');
  const zip = await openZip(file, bytes);
  if (zip.file('word/document.xml')) {
    throw new GlossError({ file }, 'this is a Word document named .zip', 'rename it to end in .docx');
  }
  const pages = zip.file(/\.html?$/i);
  if (pages.length !== 1) {
    throw new GlossError(
      { file },
      `the zip holds ${pages.length} HTML pages; Gloss imports a zip with exactly one (a Google Docs web page download)`,
      'unzip it and import the article’s .html file',
    );
  }
  const { importHtml } = await import('./from-html.ts');
  return importHtml(`${file}/${pages[0]!.name}`, await pages[0]!.async('uint8array'));
}

function fixFor(kind: Sniffed, format: Format): string {
  switch (kind) {
    case 'zip':
      return 'if it is a Word document, name it .docx';
    case 'text':
      return format === 'docx'
        ? 'if it is plain text, name it .txt; if it should be a Word file, export it from Word again as .docx'
        : `if it is plain text, name it .txt; otherwise save the ${FORMATS[format]} again`;
    case 'html':
      return 'name it .html';
    case 'ole':
      return CONVERT.doc!;
    case 'pdf':
      return CONVERT.pdf!;
    case 'rtf':
      return CONVERT.rtf!;
    default:
      return 'export the article again as .docx, .html, .aml, .md or .txt';
  }
}
