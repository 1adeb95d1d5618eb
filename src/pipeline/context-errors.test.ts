import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildArticle } from './build-article.ts';
import { readContext } from '../read/read-context.ts';
import { listArticles, readArticleInput } from '../read/load-content.ts';
import { GlossError } from '../errors/gloss-error.ts';

const F = 'src/read/__fixtures__';
const formatted = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof GlossError) return error.format();
    throw error;
  }
  throw new Error('no error');
};
const ctxArticle = () => readArticleInput(`${F}/ok/articles/ctx.md`, { contexts: [], text: '' });

describe('curated context errors', () => {
  it('should point at a claim match that no sentence contains', () => {
    const input = ctxArticle();
    expect(formatted(() => buildArticle(input.source, input.contexts))).toMatchInlineSnapshot(`
      "src/read/__fixtures__/ok/articles/ctx.context.yaml:5:12: error: no sentence contains "She met 13 mayors"
        fix: copy words from one sentence exactly as written (a match cannot span two sentences)"
    `);
  });

  it('should point at an unknown actor id in a correction', () => {
    const input = ctxArticle();
    const bad = readContext(`${F}/bad-ref.context.yaml`, readFileSync(`${F}/bad-ref.context.yaml`, 'utf8'), true);
    expect(formatted(() => buildArticle(input.source, [bad]))).toMatch(
      /bad-ref\.context\.yaml:4:14: error: unknown actor id `nobody-we-know`/,
    );
  });

  it('should list the allowed values for a bad actor kind', () => {
    expect(
      formatted(() =>
        readContext(`${F}/bad-kind.context.yaml`, readFileSync(`${F}/bad-kind.context.yaml`, 'utf8'), true),
      ),
    ).toMatchInlineSnapshot(`
        "src/read/__fixtures__/bad-kind.context.yaml:3:11: error: \`actors.0.kind\` is \`"city"\`: Invalid option: expected one of "person"|"country"|"organization"|"place"|"group"
          fix: use one of: "person", "country", "organization", "place", "group""
      `);
  });

  it('should name the allowed value a misspelt one was likely meant to be', () => {
    const file = `${F}/misspelt-kind.context.yaml`;
    expect(formatted(() => readContext(file, readFileSync(file, 'utf8'), true))).toMatch(
      /misspelt-kind\.context\.yaml:3:11: error: `actors\.0\.kind` is `"persn"`[^\n]*\n\s+fix: did you mean `person`\? use one of: "person",/,
    );
  });

  it('should point an unclosed quote in a list out where it opens', () => {
    const file = `${F}/open-quote-list.context.yaml`;
    expect(formatted(() => readContext(file, readFileSync(file, 'utf8'), true))).toBe(
      `${file}:5:9: error: the context file: the double quote that opens this value is never closed\n` +
        '  fix: close it at the end of the value, on the same line: `- "…"`',
    );
  });

  it('should refuse two articles with one slug', () => {
    expect(formatted(() => listArticles(`${F}/dup`))).toMatch(/error: two articles have the slug `same`/);
  });

  it('should build with curated actors found by name', () => {
    const input = ctxArticle();
    const article = buildArticle(
      input.source,
      input.contexts.map((c) => ({ ...c, own: false })),
    );
    // Paris stands for France; Anne Hidalgo is curated but not named, so she is not listed.
    expect(article.actors.map((a) => a.name)).toEqual(['France']);
    expect(article.dates[0]).toMatchObject({ text: 'Monday', start: '2024-01-08' });
  });

  it('should suggest the field an editor meant in a context file, at its line', () => {
    const text = readFileSync(`${F}/typo.context.yaml`, 'utf8');
    expect(formatted(() => readContext(`${F}/typo.context.yaml`, text, true))).toBe(
      `${F}/typo.context.yaml:4:5: error: unknown field \`descripton\` in \`actors.0\`\n` +
        '  fix: did you mean `description`? Known fields: id, name, kind, aliases, description, links',
    );
  });
});
