import { describe, expect, it } from 'vitest';
import { parseArgs } from 'node:util';
import { argumentError, unknownSlugs } from './read-args.ts';

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

describe('unknownSlugs', () => {
  const slugs = ['river-dam', 'harbour-tax'];
  it.each([
    [
      'a misspelt slug',
      ['river-damm'],
      'no article with the slug `river-damm` (did you mean `river-dam`?) in content/articles',
    ],
    [
      'a file path',
      ['content/articles/river-dam.md'],
      'no article with the slug `content/articles/river-dam.md` (did you mean `river-dam`?) in content/articles',
    ],
    ['a slug near none', ['grain-corridor'], 'no article with the slug `grain-corridor` in content/articles'],
    [
      'several',
      ['river-damm', 'grain-corridor'],
      'no article with the slug `river-damm` (did you mean `river-dam`?), `grain-corridor` in content/articles',
    ],
  ])('should name %s and the article it was likely meant to be', (_, missing, message) => {
    expect(unknownSlugs(missing, slugs, 'content/articles')).toBe(message);
  });
});
