import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { importFile } from './import-file.ts';
import { formatArticleFile } from './imported.ts';
import { readArticle } from '../read/read-article.ts';
import { buildArticle } from '../pipeline/build-article.ts';
import { GlossError } from '../errors/gloss-error.ts';

const dir = 'src/import/__fixtures__';
interface Expected {
  frontmatter: Record<string, string>;
  headings: string[];
  paragraphs: string[];
  markdown: string[];
  absent: string[];
}

const importFixture = async (name: string) => {
  const path = `${dir}/${name}`;
  const imported = await importFile(path, readFileSync(path));
  const text = formatArticleFile(imported);
  const source = readArticle(`content/articles/${name.replace(/\.\w+$/, '')}.md`, Buffer.from(text));
  return { imported, text, source, article: buildArticle(source, []) };
};

// The first Word and HTML imports load mammoth, linkedom and Readability: slow on a busy machine.
describe('importFile', { timeout: 30_000 }, () => {
  it.each([
    ['op-ed.docx', 'op-ed'],
    ['core-properties.docx', 'core-properties'],
    ['bold-headline.docx', 'bold-headline'],
    ['news-page.html', 'news-page'],
    ['blog-post.html', 'blog-post'],
    ['google-doc.html', 'google-doc'],
    ['google-doc.zip', 'google-doc'],
    ['night-buses.aml', 'night-buses'],
    ['jekyll-post.md', 'jekyll-post'],
    ['plain.txt', 'plain'],
    ['header-block.txt', 'header-block'],
  ])('should import %s with its metadata, every paragraph verbatim and its headings', async (file, name) => {
    const expected = parse(readFileSync(`${dir}/${name}.expected.yaml`, 'utf8')) as Expected;
    const { source, text, article } = await importFixture(file);
    // The project's own reader accepts the frontmatter, and it holds what the file says.
    expect(source.frontmatter).toEqual(expected.frontmatter);
    expect(article.title).toBe(expected.frontmatter.title);
    // Every paragraph arrives as one paragraph of the built article, in order.
    const paragraphs = article.sections.flatMap((s) => s.text.split('\n\n'));
    expect(paragraphs).toEqual(expected.paragraphs);
    expect(article.sections.map((s) => s.heading).filter(Boolean)).toEqual(expected.headings);
    for (const md of expected.markdown) expect(source.body).toContain(md);
    for (const chrome of expected.absent) expect(source.body).not.toContain(chrome);
    // The title is in the frontmatter only.
    expect(source.body).not.toContain(expected.frontmatter.title);
    expect(text).not.toMatch(/<[a-z!/]|javascript:|onclick|onload|iframe/i);
  });

  it.each([
    [
      'truncated.docx',
      /truncated\.docx: error: the file is damaged: it starts like a zip \(\.docx\) archive but cannot be opened/,
    ],
    [
      'text-named.docx',
      /text-named\.docx: error: this is not a Word file: its content is plain text\n  fix: if it is plain text, name it \.txt/,
    ],
    [
      'draft.pages',
      /draft\.pages: error: Gloss cannot import \.pages files\n  fix: in Pages, choose File › Export To › Word…/,
    ],
    ['empty.html', /empty\.html: error: the file is empty\n  fix: /],
  ])('should reject %s with one clear error', async (file, message) => {
    const path = `${dir}/${file}`;
    const error = await importFile(path, readFileSync(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlossError);
    expect((error as GlossError).format()).toMatch(message);
  });

  it.each([
    [
      'a zip that is no Word file',
      'x.docx',
      zipOf({ 'content.xml': '<office:document/>' }),
      /no word\/document\.xml \(it looks like an OpenDocument \.odt\)/,
    ],
    [
      'a Word file named .html',
      'x.html',
      readFileSync(`${dir}/op-ed.docx`),
      /this is not a web page or Google Docs export file: its content is a zip archive/,
    ],
    [
      'a PDF named .docx',
      'x.docx',
      Buffer.from('%PDF-1.7\n...'),
      /its content is a PDF\n  fix: import the original document/,
    ],
    [
      'an old Word .doc',
      'x.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
      /cannot import \.doc files\n  fix: open it in Word and save it as \.docx/,
    ],
    [
      'a page with no article text',
      'x.html',
      Buffer.from('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      /found no article text/,
    ],
    [
      'ArchieML with no body',
      'x.aml',
      Buffer.from('title: A title\nauthor: A. Writer\n'),
      /found `title:`, `author:` but no `\[\+body\]` block/,
    ],
    [
      'a web page named .txt',
      'x.txt',
      Buffer.from('<!DOCTYPE html><html><body><p>Hi</p></body></html>'),
      /not a plain text file: its content is an HTML page\n  fix: name it \.html/,
    ],
    [
      'text named .html',
      'x.html',
      Buffer.from('Just a line of text.\n'),
      /not a web page or Google Docs export file: its content is plain text/,
    ],
    ['a file with no extension', 'README', Buffer.from('text'), /the file has no extension/],
  ])('should reject %s', async (_, file, bytes, message) => {
    const error = await Promise.resolve(bytes)
      .then((b) => importFile(file, b))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlossError);
    expect((error as GlossError).format()).toMatch(message);
  });
});

function zipOf(files: Record<string, string>): Buffer {
  // A stored (uncompressed) zip, built by hand so the test needs no archive library.
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(data.length, 20);
    head.writeUInt32LE(data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    parts.push(local, Buffer.from(name), data);
    central.push(head, Buffer.from(name));
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
