import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkup, truncate } from './text.ts';

describe('escapeMarkup', () => {
  it('should escape every character that can end an element or an attribute', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('should leave no raw markup character in any text', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']|&(?!(?:lt|gt|amp|quot|apos);)/.test(escapeMarkup(s))));
  });
});

describe('truncate', () => {
  it.each([
    ['Short text', 20, 'Short text'],
    ['The harbour city can house everyone', 20, 'The harbour city…'],
    ['One, two, three four', 10, 'One, two…'],
    ['Supercalifragilistic', 8, 'Superca…'],
  ])('should cut %j at %i characters to %j', (text, max, out) => {
    expect(truncate(text, max)).toBe(out);
  });

  it('should never exceed the limit, and keep a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 2, max: 80 }), (s, max) => {
        const t = truncate(s, max);
        return t.length <= max && (t === s || s.startsWith(t.slice(0, -1)));
      }),
    );
  });
});
