import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../pipeline/build-article.ts';
import { readArticle } from '../read/read-article.ts';
import { gatherActors, siteActorIds } from './site-actors.ts';

const dir = join(import.meta.dirname, '__fixtures__/actors');
const build = (file: string) => buildArticle(readArticle(join(dir, file), readFileSync(join(dir, file))), []);
const articles = [build('budget-talks.md'), build('harbour-strike.md')];

describe('gatherActors', () => {
  const actors = gatherActors(articles);
  const byName = (name: string) => actors.find((a) => a.name === name);

  it('should give an actor found in two articles one id and both articles', () => {
    for (const name of ['Germany', 'Olaf Scholz']) {
      const a = byName(name)!;
      expect(a, name).toBeDefined();
      expect(a.articles.map((x) => x.slug).sort()).toEqual(['budget-talks', 'harbour-strike']);
    }
  });

  it('should keep an actor named once to its one article', () => {
    expect(byName('Poland')!.articles.map((x) => x.slug)).toEqual(['budget-talks']);
  });

  it('should list every section naming the actor with the sentences that name it', () => {
    const germany = byName('Germany')!.articles.find((x) => x.slug === 'budget-talks')!;
    expect(germany.sections.map((s) => s.number)).toEqual([1, 2]);
    expect(germany.sections[0]!.sentences).toEqual(['Germany wants a deal by the summer.']);
    expect(germany.sections[1]!.sentences).toEqual(['The European Commission warned that Germany faces a deficit.']);
  });

  it('should order actors named in more articles first, and articles newest first', () => {
    const counts = actors.map((a) => a.articles.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(byName('Germany')!.articles[0]!.slug).toBe('harbour-strike');
  });
});

describe('siteActorIds', () => {
  it('should join a person named by surname alone to the one full name used elsewhere', () => {
    const three = [...articles, build('rail-fares.md')];
    const surname = three[2]!.actors.find((a) => a.name === 'Scholz');
    expect(surname, 'the fixture names Scholz by surname alone').toBeDefined();
    const full = articles[1]!.actors.find((a) => a.name === 'Olaf Scholz')!;
    expect(siteActorIds(three).get(surname!.id)).toBe(full.id);
    const page = gatherActors(three).find((a) => a.id === full.id)!;
    expect(page.name).toBe('Olaf Scholz');
    expect(page.articles.map((x) => x.slug).sort()).toEqual(['budget-talks', 'harbour-strike', 'rail-fares']);
    expect(page.articles.find((x) => x.slug === 'rail-fares')!.ref).toBe(surname!.id);
  });

  it('should not guess between two people who share a surname', () => {
    const two = [build('two-smiths.md'), build('minister-smith.md')];
    expect(two[0]!.actors.map((a) => a.name).sort()).toEqual(['Anna Smith', 'Peter Smith']);
    const lone = two[1]!.actors.find((a) => a.name === 'Smith')!;
    expect(siteActorIds(two).get(lone.id)).toBe(lone.id);
  });
});
