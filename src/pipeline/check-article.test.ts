import { describe, expect, it } from 'vitest';
import { readArticleInput } from '../read/load-content.ts';
import { reportArticle } from './build-article.ts';
import { checkArticle } from './check-article.ts';

const bare = { contexts: [], text: '' };
const checked = (folder: string, minConfidence: number) => {
  const input = readArticleInput(`src/cli/__fixtures__/${folder}/articles/harbour-tax.md`, bare);
  return checkArticle(input.source.file, reportArticle(input.source, input.contexts), input.contexts, minConfidence);
};

describe('checkArticle', () => {
  it('should list every annotation below the threshold except curated ones', () => {
    const all = checked('good', 1.01);
    const mentions = all.counts!.mentions;
    const claims = Object.values(all.counts!.claims).reduce((a, b) => a + b, 0);
    // The curated actor and the curated correction are never hidden.
    const curated = all.unsure.filter((u) => u.rule === 'curated');
    expect(curated).toEqual([]);
    expect(all.unsure.length).toBeLessThan(mentions.actor + mentions.figure + mentions.date + claims);
    expect(all.unsure.some((u) => u.kind === 'claim')).toBe(true);
    expect(checked('good', 0).unsure).toEqual([]);
  });

  it('should count claims by kind and mentions by kind', () => {
    const { counts } = checked('good', 0.5);
    expect(Object.keys(counts!.claims).sort()).toEqual(['fact', 'forecast', 'opinion', 'recommendation']);
    expect(counts!.mentions.actor).toBeGreaterThanOrEqual(2);
  });

  it('should collect every error, not only the first the build would throw, in file order', () => {
    // Found as unlanded references (lines 12, 10), then as a verdict with no source (line 7).
    expect(checked('bad', 0.5).errors.map((e) => e.line)).toEqual([7, 10, 12]);
    expect(checked('good', 0.5).errors).toEqual([]);
  });
});
