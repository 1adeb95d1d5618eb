import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { segmentSections } from './segment-sections.ts';
import { readArticle } from '../read/read-article.ts';

const read = (name: string) =>
  readArticle(`src/segment/__fixtures__/${name}`, readFileSync(`src/segment/__fixtures__/${name}`));

describe('segmentSections', () => {
  it('should make each paragraph a section when there are no headings', () => {
    expect(segmentSections(read('paragraphs.md')).sections.map((s) => s.text)).toEqual([
      'First paragraph, two lines joined.',
      'Second paragraph.',
    ]);
  });

  it('should group paragraphs under headings and at thematic breaks, taking a lone h1 as the title', () => {
    const { sections, firstHeading } = segmentSections(read('headings.md'));
    expect(firstHeading).toBe('The title');
    expect(sections.map((s) => [s.heading, s.text])).toEqual([
      ['Part one', 'One.\n\nTwo.'],
      [null, 'After the break.'],
      ['Part two', 'Three.'],
    ]);
  });

  it('should drop raw HTML, scripts and code, keeping the words around them', () => {
    const text = segmentSections(read('html.md'))
      .sections.map((s) => s.text)
      .join('\n');
    expect(text).toBe('Hello world and more.\nLast words.');
    expect(text).not.toMatch(/<|onerror|alert/);
  });

  it('should take footnote markers out of the text and give the notes a last section', () => {
    const { sections } = segmentSections(read('gfm.md'));
    expect(sections.map((s) => [s.heading, s.text])).toEqual([
      [null, 'Brussels spent more than planned, says Ursula von der Leyen. The figures are below.'],
      [null, 'Germany paid less than its share.'],
      ['Notes', '1. Speech to the European Parliament, 12 March 2024.\n\neea: EEA report, 2023.'],
    ]);
  });

  it('should leave struck-out words out: the author withdrew them', () => {
    const source = readArticle('x.md', Buffer.from('The minister ~~resigned~~ was sacked.\n'));
    expect(segmentSections(source).sections.map((s) => s.text)).toEqual(['The minister was sacked.']);
  });

  it('should leave tables, raw HTML and code out of the text and say where each was', () => {
    expect(segmentSections(read('gfm.md')).omitted).toEqual([
      { kind: 'table', line: 7 },
      { kind: 'code', line: 13 },
    ]);
    expect(segmentSections(read('html.md')).omitted.map((o) => o.kind)).toContain('html');
  });

  it('should read plain text one paragraph per line, or per blank-line block', () => {
    expect(segmentSections(read('lines.txt')).sections.map((s) => s.text)).toEqual(['Line one.', 'Line two.']);
    expect(segmentSections(read('blocks.txt')).sections.map((s) => s.text)).toEqual([
      'Block one wraps here.',
      'Block two.',
    ]);
  });
});
