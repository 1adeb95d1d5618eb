import { describe, expect, it } from 'vitest';
import { toAstroError } from './gloss-loader.ts';
import { GlossError } from '../errors/gloss-error.ts';

describe('toAstroError', () => {
  it('should give Astro one positioned message with the fix as its hint and no stack trace', () => {
    const error = toAstroError(new GlossError({ file: 'a.md', line: 3, column: 14 }, 'bad date', 'write YYYY-MM-DD'));
    expect(error.name).toBe('AstroUserError');
    expect(error.message).toBe('a.md:3:14: error: bad date');
    expect(error.hint).toBe('fix: write YYYY-MM-DD');
    expect(error.stack).toBe('');
  });
});
