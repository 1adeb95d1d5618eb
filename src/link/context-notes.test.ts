import { describe, expect, it } from 'vitest';
import { applyClaimContext, noteFor } from './context-notes.ts';
import { readContext } from '../read/read-context.ts';
import type { Claim } from '../model/article.ts';

const claim: Claim = {
  id: 's1-c1',
  text: 'The dam will cost 4 billion euros.',
  kind: 'forecast',
  cue: 'will',
  curated: false,
  start: 0,
  end: 34,
  actors: [],
  figures: [],
  dates: [],
  rule: 'claim.will',
  confidence: 0.8,
};
const context = (yaml: string) => [readContext('a.context.yaml', yaml, true)];
const SOURCE = '[{ label: EEA report, url: "https://example.org/eea" }]';

describe('applyClaimContext', () => {
  it('should keep the sources of a verdict that has no note, with the verdict', () => {
    const c = applyClaimContext(
      claim,
      context(`claims:\n  - { match: "4 billion", verdict: { rating: Accurate, score: 5 }, sources: ${SOURCE} }\n`),
    );
    expect(c.verdict).toEqual({
      rating: 'Accurate',
      score: 5,
      sources: [{ label: 'EEA report', url: 'https://example.org/eea' }],
    });
    expect(c.note).toBeUndefined();
  });

  it('should give the sources to the note when there is one, and not twice', () => {
    const c = applyClaimContext(
      claim,
      context(
        `claims:\n  - { match: "4 billion", note: "Costed in 2023.", verdict: { rating: Unproven }, sources: ${SOURCE} }\n`,
      ),
    );
    expect(c.note?.sources).toHaveLength(1);
    expect(c.verdict?.sources).toEqual([]);
  });

  it('should set the kind an editor gave, and leave a claim no entry matches as it was', () => {
    expect(applyClaimContext(claim, context('claims:\n  - { match: "4 billion", kind: opinion }\n'))).toMatchObject({
      kind: 'opinion',
      curated: true,
    });
    expect(applyClaimContext(claim, context('claims:\n  - { match: "nowhere", kind: opinion }\n'))).toBe(claim);
  });
});

describe('noteFor', () => {
  it('should find the note whose match and the text contain one another', () => {
    const ctx = context('figures:\n  - { match: "4 billion euros", note: "Budget line 7." }\n');
    expect(noteFor(ctx, 'figures', '4 billion euros').note?.text).toBe('Budget line 7.');
    expect(noteFor(ctx, 'figures', '4 billion').note?.text).toBe('Budget line 7.');
    expect(noteFor(ctx, 'figures', '5 million')).toEqual({});
  });
});
