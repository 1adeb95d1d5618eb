import { describe, expect, it } from 'vitest';
import { readHeader, type HeaderBlock } from './header.ts';

const p = (text: string): HeaderBlock => ({ kind: 'paragraph', text });
const h1 = (text: string): HeaderBlock => ({ kind: 'heading', depth: 1, text });
const body = p(
  'The council voted on Tuesday to close the pool, a decision that will cost the town far more than it saves.',
);

describe('readHeader', () => {
  it.each([
    ['a byline', [h1('T'), p('By Jane Doe'), body], { title: 'T', author: 'Jane Doe', used: [0, 1] }],
    [
      'two authors',
      [h1('T'), p('By Jane Doe and John Roe'), body],
      { title: 'T', author: 'Jane Doe and John Roe', used: [0, 1] },
    ],
    [
      'a byline and a dateline',
      [h1('T'), p('By Jane Doe'), p('June 3, 2025'), body],
      { title: 'T', author: 'Jane Doe', publishedAt: '2025-06-03', used: [0, 1, 2] },
    ],
    [
      'a dated byline after a bar',
      [h1('T'), p('By Jane Doe | 3 June 2025'), body],
      { title: 'T', author: 'Jane Doe', publishedAt: '2025-06-03', used: [0, 1] },
    ],
    [
      'a dated byline after a comma',
      [h1('T'), p('By Jane Doe, June 3, 2025'), body],
      { title: 'T', author: 'Jane Doe', publishedAt: '2025-06-03', used: [0, 1] },
    ],
    [
      'a name on its own line',
      [h1('T'), p('Ana María de la Cruz'), body],
      { title: 'T', author: 'Ana María de la Cruz', used: [0, 1] },
    ],
    [
      'a subtitle as the dek',
      [{ kind: 'title', text: 'T' }, { kind: 'subtitle', text: 'The dek.' }, p('By Jane Doe'), body],
      { title: 'T', dek: 'The dek.', author: 'Jane Doe', used: [0, 1, 2] },
    ],
    [
      'a bold first line as the title',
      [{ ...p('T'), bold: true }, p('By Jane Doe'), body],
      { title: 'T', author: 'Jane Doe', used: [0, 1] },
    ],
    ['a bold first sentence, not a title', [{ ...p('Stop.'), bold: true }, body], { used: [] }],
    [
      'byline and date on two lines of one paragraph',
      [h1('T'), p('By Jane Doe\nJune 3, 2025'), body],
      { title: 'T', author: 'Jane Doe', publishedAt: '2025-06-03', used: [0, 1] },
    ],
    [
      'a name and a date on two lines',
      [h1('T'), p('Jane Doe\n3 June 2025'), body],
      { title: 'T', author: 'Jane Doe', publishedAt: '2025-06-03', used: [0, 1] },
    ],
    ['no header at all', [body, p('By the end of the year, rents will rise again.')], { used: [] }],
    ['a section heading, not a title', [{ kind: 'heading', depth: 2, text: 'Background' }, body], { used: [] }],
  ] as const)('should read %s', (_, blocks, header) => {
    expect(readHeader([...blocks])).toEqual(header);
  });

  it('should take a first block that matches a known title, whatever its kind', () => {
    expect(readHeader([p('The Title'), body], { title: 'The  title' })).toEqual({ title: 'The Title', used: [0] });
  });
});
