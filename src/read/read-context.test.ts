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
  it('should refuse two actors with one id, written or made from the name, at the second', () => {
    const report = errorsOf('duplicate-ids.context.yaml');
    expect(report).toContain(
      "duplicate-ids.context.yaml:3:13: error: `actors.1.name`: this actor's id `lena-brandt` is also that of `Lena Brandt` above",
    );
    expect(report).toContain("duplicate-ids.context.yaml:5:11: error: `actors.3.id`: this actor's id `council`");
    expect(report).not.toContain('port');
  });

  it('should report every mistake in a file, each at its line and column, in line order', () => {
    // The misspelt `descripton` once hid the other three.
    expect(errorsOf('many-errors.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/many-errors.context.yaml:2:9: error: \`actors.0.id\` is \`"Who Pays"\`: it must be lower-case letters, digits and hyphens, like \`angela-merkel\`
        fix: write \`id: who-pays\`
      src/read/__fixtures__/many-errors.context.yaml:4:11: error: \`actors.0.kind\` is \`"persn"\`: Invalid option: expected one of "person"|"country"|"organization"|"place"|"group"
        fix: did you mean \`person\`? use one of: "person", "country", "organization", "place", "group"
      src/read/__fixtures__/many-errors.context.yaml:5:5: error: unknown field \`descripton\` in \`actors.0\`
        fix: did you mean \`description\`? Known fields: id, name, kind, aliases, description, links
      src/read/__fixtures__/many-errors.context.yaml:8:41: error: \`claims.0.verdict.score\` is \`7\`: it must be a whole number from 1 to 5
        fix: write a whole number from 1 to 5, e.g. \`score: 5\`
      src/read/__fixtures__/many-errors.context.yaml:10:39: error: \`claims.0.sources.0.url\` is \`"example.org/budget"\`: a web address must start with http:// or https://
        fix: write \`url: https://example.org/budget\` (or http:// if the site has no https)"
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

  it('should say what a valid id, address, list or verdict looks like, from the schema', () => {
    expect(errorsOf('bad-values.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/bad-values.context.yaml:4:14: error: \`actors.0.aliases\` is \`"Lena"\`: it must be a list
        fix: write it like \`aliases: [ Lena ]\`
      src/read/__fixtures__/bad-values.context.yaml:5:12: error: \`actors.0.links\` is \`"https://example.org/lena"\`: it must be a list
        fix: write it like \`links: [ { label: Wikipedia, url: https://en.wikipedia.org/wiki/Angela_Merkel } ]\`
      src/read/__fixtures__/bad-values.context.yaml:8:14: error: \`claims.0.verdict\` is \`false\`: it must be a set of fields (rating, score)
        fix: write it like \`verdict: { rating: "False", score: 1 }\`
      src/read/__fixtures__/bad-values.context.yaml:10:31: error: \`claims.0.sources.0.url\` is \`"ftp://example.org/budget"\`: a web address must start with http:// or https://
        fix: write the full address, starting with http:// or https://, e.g. https://example.org/report
      src/read/__fixtures__/bad-values.context.yaml:13:33: error: \`corrections.add.0.actor\` is \`"Lena Brandt"\`: it must be lower-case letters, digits and hyphens, like \`angela-merkel\`
        fix: write \`actor: lena-brandt\`
      src/read/__fixtures__/bad-values.context.yaml:15:37: error: \`sections.0.id\` is \`"Who Pays"\`: it must be lower-case letters, digits and hyphens, like \`angela-merkel\`
        fix: write \`id: who-pays\`
      src/read/__fixtures__/bad-values.context.yaml:16:28: error: \`sections.1.id\` is \`"Голосование"\`: it must be lower-case letters, digits and hyphens, like \`angela-merkel\`
        fix: write \`sections.1.id\` in lower-case letters, digits and hyphens, like \`angela-merkel\`"
    `);
  });

  it('should name a field left out or left empty, and what to write there', () => {
    // `nme` is reported as a misspelt `name`, not also as a missing one.
    expect(errorsOf('missing.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/missing.context.yaml:2:5: error: \`actors.0\` has no \`kind\`
        fix: add \`kind:\` with one of: person, country, organization, place, group
      src/read/__fixtures__/missing.context.yaml:3:10: error: \`actors.1.name\` is empty
        fix: write text after \`name:\`
      src/read/__fixtures__/missing.context.yaml:5:5: error: unknown field \`nme\` in \`actors.2\`
        fix: did you mean \`name\`? Known fields: id, name, kind, aliases, description, links
      src/read/__fixtures__/missing.context.yaml:9:14: error: \`claims.0.verdict\` has no \`rating\`
        fix: add \`rating:\` with text"
    `);
  });

  it('should say how to fix an item of a list, in a block list or in brackets', () => {
    expect(errorsOf('list-items.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/list-items.context.yaml:4:15: error: \`actors.0.aliases.0\` is \`2024\`: YAML reads the unquoted \`2024\` as a number, not as text
        fix: put it in quotes: \`"2024"\`
      src/read/__fixtures__/list-items.context.yaml:4:21: error: \`actors.0.aliases.1\` is empty
        fix: write the text of this list item, or remove it
      src/read/__fixtures__/list-items.context.yaml:5:4: error: \`actors.1\` is empty
        fix: write a set of fields (id, name, kind, aliases, description, links) in this list item, or remove it
      src/read/__fixtures__/list-items.context.yaml:9:9: error: \`actors.2.aliases.0\` is \`1\`: YAML reads the unquoted \`1.0\` as a number, not as text
        fix: put it in quotes: \`- "1.0"\`
      src/read/__fixtures__/list-items.context.yaml:10:9: error: \`actors.2.aliases.1\` is empty
        fix: write the text of this list item, or remove it"
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

  it('should ask for an id for an actor whose name has no Latin letters', () => {
    expect(errorsOf('non-latin.context.yaml')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/non-latin.context.yaml:2:5: error: \`actors.0\`: the name \`Владимир Зеленский\` gives no id in Latin letters, which the actor's page address needs
        fix: add \`id:\` in lower-case Latin letters, digits and hyphens, e.g. \`id: volodymyr-zelensky\`
      src/read/__fixtures__/non-latin.context.yaml:5:5: error: \`actors.1\`: the name \`习近平\` gives no id in Latin letters, which the actor's page address needs
        fix: add \`id:\` in lower-case Latin letters, digits and hyphens, e.g. \`id: volodymyr-zelensky\`"
    `);
  });

  it('should read an actor named in another script when it has an id', () => {
    const text = 'actors:\n  - { id: volodymyr-zelensky, name: Владимир Зеленский, kind: person }\n';
    expect(readContext('x.context.yaml', text, true).data.actors[0]).toMatchObject({ id: 'volodymyr-zelensky' });
  });
});
