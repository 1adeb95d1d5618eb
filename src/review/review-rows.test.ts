import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildArticle } from '../pipeline/build-article.ts';
import { readArticle } from '../read/read-article.ts';
import { readContext } from '../read/read-context.ts';
import { matchWords, reviewRows, yamlItem } from './review-rows.ts';

const FILE = 'src/review/__fixtures__/under-review.md';
const source = () => readArticle(FILE, readFileSync(FILE));
/** Builds the fixture with a context file made of the given top-level YAML. */
const build = (yaml = '') => buildArticle(source(), yaml ? [readContext('review.context.yaml', yaml, true)] : []);

describe('reviewRows', () => {
  it('should list every mention in text order with its rule and confidence', () => {
    const article = build();
    const { mentions } = reviewRows(article, 0.5);
    const all = article.sections.flatMap((s) => s.mentions);
    expect(mentions.map((m) => m.text)).toEqual(all.map((m) => m.text));
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.rule).not.toBe('');
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.value).not.toBe('');
    }
  });

  it('should hide what is below the threshold and never what an editor curated', () => {
    const curated = build('actors:\n  - { name: Ada Okafor, kind: person, description: A mayor. }\n');
    const all = reviewRows(curated, 1.01).mentions;
    expect(all.filter((m) => m.visibility === 'curated').map((m) => m.text)).toContain('Ada Okafor');
    expect(all.filter((m) => m.visibility !== 'curated').every((m) => m.visibility === 'hidden')).toBe(true);
    expect(reviewRows(curated, 0).mentions.every((m) => m.visibility !== 'hidden')).toBe(true);
  });

  it('should give suppress lines that, pasted into the context file, remove the mention', () => {
    const { mentions } = reviewRows(build(), 0.5);
    const target = mentions.find((m) => m.kind === 'figure')!;
    const after = build(`corrections:\n  suppress:\n    ${target.yaml}\n`);
    expect(after.sections.flatMap((s) => s.mentions).map((m) => m.text)).not.toContain(target.text);
  });

  it('should give claim lines that, pasted, set the kind', () => {
    const { claims } = reviewRows(build(), 0.5);
    const target = claims.at(-1)!;
    const wanted = parse(target.yaml)[0].kind;
    expect(wanted).not.toBe(target.kind);
    const after = reviewRows(build(`claims:\n  ${target.yaml}\n`), 0.5).claims.find((c) => c.id === target.id)!;
    expect(after).toMatchObject({ kind: wanted, rule: 'curated' });
  });

  it('should give describe lines for actors with no description, valid once the editor writes it', () => {
    const { undescribed } = reviewRows(build(), 0.5);
    expect(undescribed.length).toBeGreaterThan(0);
    const line = undescribed[0]!.yaml.replace('description: ""', 'description: "Written by an editor."');
    const after = build(`actors:\n  ${line}\n`);
    expect(after.actors.find((a) => a.id === undescribed[0]!.id)?.description).toBe('Written by an editor.');
  });
});

describe('yamlItem', () => {
  it('should quote what YAML would misread', () => {
    for (const text of ['yes', 'null', '42', 'a: b', "it's", '"quoted"', '- dash', '#hash', '{brace}']) {
      expect(parse(yamlItem({ text, kind: 'actor' }))).toEqual([{ text, kind: 'actor' }]);
    }
  });
});

describe('matchWords', () => {
  it('should keep short sentences whole and cut long ones at a word', () => {
    expect(matchWords('It is a waste of money.')).toBe('It is a waste of money.');
    const long =
      'The council should reject the plan because the trams would cost far more than the buses they replace.';
    const cut = matchWords(long);
    expect(long.startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(long[cut.length]).toBe(' ');
  });
});
