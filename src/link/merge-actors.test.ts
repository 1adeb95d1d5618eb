import { describe, expect, it } from 'vitest';
import { buildArticle } from '../pipeline/build-article.ts';
import { readArticle } from '../read/read-article.ts';

const actorsOf = (body: string) =>
  buildArticle(readArticle('t.md', new TextEncoder().encode(body)), []).actors.map((a) => [
    a.name,
    a.kind,
    ...a.aliases,
  ]);

describe('mergeActors', () => {
  it('should join titles, surnames and partial names to one person', () => {
    expect(
      actorsOf(
        'Outgoing President Andrés Manuel López Obrador spoke.\n\nLópez Obrador wants judges elected. Obrador smiled.',
      ),
    ).toEqual([['Andrés Manuel López Obrador', 'person', 'López Obrador', 'Obrador']]);
  });

  it('should join an acronym or short form to the organisation named in full', () => {
    expect(actorsOf('The British Medical Association warned.\n\nThe BMA says pay fell.')).toEqual([
      ['British Medical Association', 'organization', 'BMA'],
    ]);
    expect(actorsOf('The Federal Reserve held rates. No Fed chair has faced worse.')).toEqual([
      ['Federal Reserve', 'organization', 'Fed'],
    ]);
  });

  it.each([
    ['The National Health Service (NHS) is short of staff.\n\nThe NHS needs money.', 'National Health Service', 'NHS'],
    [
      'The U.S. Agency for International Development (USAID) gave aid.\n\nUSAID’s staff left.',
      'U.S. Agency for International Development',
      'USAID',
    ],
  ])('should join an abbreviation the text introduces to its expansion in %j', (body, name, abbr) => {
    expect(actorsOf(body).filter((a) => a[1] === 'organization')).toEqual([[name, 'organization', abbr]]);
  });

  it('should join a lone collective to the one longer group it ends', () => {
    expect(actorsOf('The 12 NATO Allies met.\n\nThe Allies agreed.')).toEqual([['NATO Allies', 'group', 'The Allies']]);
  });

  it('should make a capital an alias of its country when it stands for the government', () => {
    expect(actorsOf('Moscow sees the shells as assets. Russia agrees.')).toEqual([['Russia', 'country', 'Moscow']]);
  });
});
