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

  it('should say how many more errors the file has, and where to see them all', () => {
    const first = new GlossError({ file: 'a.context.yaml', line: 2, column: 9 }, 'bad id', 'write `id: who-pays`', [
      new GlossError({ file: 'a.context.yaml', line: 5, column: 5 }, 'unknown field', 'rename it'),
      new GlossError({ file: 'a.context.yaml', line: 8, column: 3 }, 'bad score', 'write 1 to 5'),
    ]);
    expect(toAstroError(first).hint).toBe(
      'fix: write `id: who-pays`\n2 more errors in a.context.yaml: `npm run check` lists them all',
    );
  });
});
