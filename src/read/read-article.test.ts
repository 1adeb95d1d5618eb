import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { RESERVED_SLUGS, readArticle, slugFromFile } from './read-article.ts';
import { GlossError } from '../errors/gloss-error.ts';

const fixture = (name: string) => `src/read/__fixtures__/${name}`;
const read = (name: string) => readArticle(fixture(name), readFileSync(fixture(name)));
const errorOf = (name: string): string => {
  try {
    read(name);
  } catch (error) {
    if (error instanceof GlossError) return error.format();
    throw error;
  }
  throw new Error(`${name} was accepted`);
};

describe('readArticle', () => {
  it('should refuse a file whose slug a page of the site already uses, and say how to rename it', () => {
    const text = new TextEncoder().encode('A paragraph.\n');
    expect(() => readArticle('content/articles/Actors.md', text)).toThrow(
      expect.objectContaining({
        message: "the file name gives the slug `actors`, which the site's own /actors/ pages use",
        fix: 'rename the file, e.g. actors-op-ed.md',
      }),
    );
    // Every top-level folder and page of the site that a slug could name is reserved.
    const pages = readdirSync('src/pages').map((f) => f.replace(/\.(astro|ts)$/, ''));
    const sluggable = pages.filter((name) => slugFromFile(`${name}.md`) === name);
    expect(
      sluggable.filter((name) => !['[article]', 'index', '404'].includes(name) && !RESERVED_SLUGS.includes(name)),
    ).toEqual([]);
  });

  it('should reject an empty file with where and how to fix it, in the rules of its format', () => {
    expect(errorOf('empty.md')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/empty.md:1:1: error: the article has no text
        fix: write the op-ed in Markdown, paragraphs separated by a blank line; frontmatter, if any, goes first, between two \`---\` lines"
    `);
    expect(errorOf('empty.txt')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/empty.txt:1:1: error: the article has no text
        fix: write the op-ed below the frontmatter, one paragraph per line or blank-line separated"
    `);
  });

  it('should reject frontmatter with no text after it, pointing below the frontmatter', () => {
    expect(errorOf('frontmatter-only.md')).toMatch(/frontmatter-only\.md:4:1: error: the article has no text/);
  });

  it('should report invalid YAML at its line in the file', () => {
    expect(errorOf('bad-yaml.md')).toMatch(
      /^src\/read\/__fixtures__\/bad-yaml\.md:\d+:\d+: error: the frontmatter is not valid YAML/,
    );
  });

  it('should point an unclosed quote out where it opens, not where YAML noticed it', () => {
    expect(errorOf('open-quote.md')).toBe(
      'src/read/__fixtures__/open-quote.md:2:8: error: the frontmatter: the double quote that opens this value is never closed\n' +
        '  fix: close it at the end of the value, on the same line: `title: "…"`',
    );
  });

  it('should say that a tab indents a line, which YAML forbids', () => {
    expect(errorOf('tab-indent.md')).toMatch(
      /tab-indent\.md:3:1: error: the frontmatter: a tab indents this line, and YAML allows only spaces\n\s+fix: indent with spaces/,
    );
  });

  it('should reject an unknown frontmatter key at its line and name it', () => {
    expect(errorOf('unknown-key.md')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/unknown-key.md:3:1: error: unknown field \`titel\`
        fix: did you mean \`title\`? Known fields: title, dek, author, publication, publishedAt, sourceUrl, license, sourceNote"
    `);
  });

  it('should read fields other tools name differently, and a timestamp as its date', () => {
    const { frontmatter } = read('aliases.md');
    expect(frontmatter).toEqual({ title: 'Jekyll style', publishedAt: '2024-06-20', dek: 'A dek under another name.' });
  });

  it('should reject a date that is not YYYY-MM-DD at its line, suggesting the date written in ISO form', () => {
    expect(errorOf('bad-date.md')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/bad-date.md:3:14: error: \`publishedAt\` is \`"20 June 2024"\`: Invalid ISO date
        fix: write \`publishedAt\` as YYYY-MM-DD: \`publishedAt: 2024-06-20\`"
    `);
    // Under another tool's name for the field, the fix names the field as written.
    expect(errorOf('date-words.md')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/date-words.md:3:7: error: \`date\` is \`"17 September 2025"\`: Invalid ISO date
        fix: write \`date\` as YYYY-MM-DD: \`date: 2025-09-17\`"
    `);
    // A date that reads two ways (3 April or March 4) gets an example, not a guess.
    expect(errorOf('date-ambiguous.md')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/date-ambiguous.md:3:14: error: \`publishedAt\` is \`"03/04/2025"\`: Invalid ISO date
        fix: write \`publishedAt\` as YYYY-MM-DD, e.g. 2024-06-20"
    `);
  });

  it('should report every problem of the frontmatter at once, a repeated key too, in line order', () => {
    expect(errorOf('many-errors.md')).toMatchInlineSnapshot(`
      "src/read/__fixtures__/many-errors.md:3:1: error: unknown field \`authr\`
        fix: did you mean \`author\`? Known fields: title, dek, author, publication, publishedAt, sourceUrl, license, sourceNote
      src/read/__fixtures__/many-errors.md:4:1: error: the frontmatter: the key \`title\` is repeated in the same map (first at line 2), and YAML keeps only the last
        fix: keep one \`title:\`: merge the two, at line 2 or here, and delete the other
      src/read/__fixtures__/many-errors.md:5:12: error: \`sourceUrl\` is \`"example.org/op-ed/dams"\`: a web address must start with http:// or https://
        fix: write \`sourceUrl: https://example.org/op-ed/dams\` (or http:// if the site has no https)
      src/read/__fixtures__/many-errors.md:6:14: error: \`publishedAt\` is \`"Sept. 17th, 2025"\`: Invalid ISO date
        fix: write \`publishedAt\` as YYYY-MM-DD: \`publishedAt: 2025-09-17\`"
    `);
  });

  it('should reject frontmatter that is never closed', () => {
    expect(errorOf('unclosed.md')).toContain(
      'unclosed.md:1:1: error: the frontmatter opened with `---` is never closed',
    );
  });

  it('should reject text that is not UTF-8 at the first bad byte', () => {
    expect(errorOf('latin1.txt')).toMatch(
      /latin1\.txt:1:4: error: the file is not valid UTF-8 \(byte 0xe9 at byte 3\)\n  fix: convert it to UTF-8/,
    );
  });

  it('should reject a binary file', () => {
    expect(errorOf('binary.txt')).toContain('error: this is a binary file, not text');
  });

  it.each(['utf16le-bom.txt', 'utf16be.txt'])(
    'should name UTF-16 text (%s) as such, and say how to convert it',
    (name) => {
      const message = errorOf(name);
      expect(message).toContain('error: this is UTF-16 text');
      expect(message).toMatch(/fix: save it as UTF-8/);
    },
  );

  it('should drop a byte order mark and normalise Windows line ends', () => {
    const source = read('bom-crlf.txt');
    expect(source.body).toBe('First paragraph.\nSecond paragraph.\n');
    expect(source.format).toBe('txt');
  });

  it('should derive readable slugs from file names', () => {
    expect(slugFromFile('content/articles/My Op-ed (final).md')).toBe('my-op-ed-final');
    expect(slugFromFile('Élection présidentielle.txt')).toBe('election-presidentielle');
    expect(slugFromFile('Łódź Op-Ed.md')).toBe('lodz-op-ed');
  });
});
