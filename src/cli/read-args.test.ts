import { describe, expect, it } from 'vitest';
import { parseArgs } from 'node:util';
import { argumentError } from './read-args.ts';

/** The error Node's own parser gives for these arguments. */
const errorOf = (args: string[]) => {
  try {
    parseArgs({ args, options: { json: { type: 'boolean' }, slug: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error(`${args.join(' ')} was accepted`);
};

describe('argumentError', () => {
  it('should name an unknown option and the known one it was likely meant to be', () => {
    expect(argumentError(errorOf(['--jsn']), ['json', 'slug'])).toBe(
      'gloss: unknown option `--jsn`; did you mean `--json`?',
    );
    expect(argumentError(errorOf(['--verbose']), ['json', 'slug'])).toBe('gloss: unknown option `--verbose`');
  });

  it('should pass on any other mistake in Node’s words', () => {
    expect(argumentError(errorOf(['--slug']), ['json', 'slug'])).toMatch(
      /^gloss: Option '--slug <value>' argument missing/,
    );
  });
});
