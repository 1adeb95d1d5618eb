import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readContext } from './read-context.ts';
import { GlossError } from '../errors/gloss-error.ts';

const F = 'src/read/__fixtures__';
/** Every problem reading a context fixture reports, formatted as `npm run check` prints them. */
const errorsOf = (name: string): string => {
  try {
    readContext(`${F}/${name}`, readFileSync(`${F}/${name}`, 'utf8'), true);
  } catch (error) {
    if (error instanceof GlossError) return error.format();
    throw error;
  }
  throw new Error(`${name} was accepted`);
};

describe('readContext', () => {
  it('should report every mistake in a file, each at its line and column, in line order', () => {
    // The misspelt `descripton` once hid the other three.
    expect(errorsOf('many-errors.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/many-errors.context.yaml:2:9: error: \`actors.0.id\` is \`"Who Pays"\`: an id is lower case letters and digits joined by hyphens, e.g. \`angela-merkel\`
        fix: write \`actors.0.id\` as a valid regex
      src/read/__fixtures__/many-errors.context.yaml:4:11: error: \`actors.0.kind\` is \`"persn"\`: Invalid option: expected one of "person"|"country"|"organization"|"place"|"group"
        fix: did you mean \`person\`? use one of: "person", "country", "organization", "place", "group"
      src/read/__fixtures__/many-errors.context.yaml:5:5: error: unknown field \`descripton\` in \`actors.0\`
        fix: did you mean \`description\`? Known fields: id, name, kind, aliases, description, links
      src/read/__fixtures__/many-errors.context.yaml:8:41: error: \`claims.0.verdict.score\` is \`7\`: Too big: expected number to be <=5
        fix: correct \`claims.0.verdict.score\`
      src/read/__fixtures__/many-errors.context.yaml:10:39: error: \`claims.0.sources.0.url\` is \`"example.org/budget"\`: Invalid URL
        fix: write \`claims.0.sources.0.url\` as a valid url"
    `);
  });

  it('should throw the first mistake, carrying the others for `npm run check`', () => {
    const file = `${F}/many-errors.context.yaml`;
    expect(() => readContext(file, readFileSync(file, 'utf8'), true)).toThrow(
      expect.objectContaining({
        place: { file, line: 2, column: 9 },
        more: expect.arrayContaining([expect.any(GlossError)]),
      }),
    );
  });

  it('should report a misspelt field once, not also as a missing one', () => {
    // `nme` is reported as a misspelt `name`, not also as a missing `name`.
    expect(errorsOf('missing.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/missing.context.yaml:2:5: error: \`actors.0.kind\` is nothing: Invalid option: expected one of "person"|"country"|"organization"|"place"|"group"
        fix: use one of: "person", "country", "organization", "place", "group"
      src/read/__fixtures__/missing.context.yaml:3:10: error: \`actors.1.name\` is \`null\`: Invalid input: expected string, received null
        fix: give \`actors.1.name\` a value of type string
      src/read/__fixtures__/missing.context.yaml:5:5: error: unknown field \`nme\` in \`actors.2\`
        fix: did you mean \`name\`? Known fields: id, name, kind, aliases, description, links
      src/read/__fixtures__/missing.context.yaml:9:14: error: \`claims.0.verdict.rating\` is nothing: Invalid input: expected string, received undefined
        fix: give \`claims.0.verdict.rating\` a value of type string"
    `);
  });

  it('should name a repeated key at its second place, with the line of the first', () => {
    expect(errorsOf('dup-key.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/dup-key.context.yaml:4:5: error: the context file: the key \`name\` is repeated in the same map (first at line 2), and YAML keeps only the last
        fix: keep one \`name:\`: merge the two, at line 2 or here, and delete the other
      src/read/__fixtures__/dup-key.context.yaml:8:5: error: the context file: the key \`kind\` is repeated in the same map (first at line 7), and YAML keeps only the last
        fix: keep one \`kind:\`: merge the two, at line 7 or here, and delete the other"
    `);
  });
});
