import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const F = 'src/cli/__fixtures__';
const check = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GLOSS_CONTENT: content },
  });

describe('check CLI', () => {
  it('should exit 0 and report counts when every curated entry lands', () => {
    const r = check(`${F}/good`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`harbour-tax (${F}/good/articles/harbour-tax.md)`);
    expect(r.stdout).toMatch(/2 sections, 1 actor, \d+ figures?, \d+ dates?; 4 claims: /);
    expect(r.stdout).toMatch(/1 article checked: no errors\n$/);
  }, 60_000);

  it('should exit 1 naming the context file, line and column of every entry that matches nothing', () => {
    const r = check(`${F}/bad`);
    expect(r.status).toBe(1);
    const ctx = `${F}/bad/articles/harbour-tax.context.yaml`;
    expect(r.stdout).toContain(`${ctx}:10:15: error: the text "the harbour master" is not in the article`);
    expect(r.stdout).toContain(`${ctx}:12:14: error: no section contains the quote "This quote is in no section"`);
    expect(r.stdout).toContain(
      `${ctx}:7:14: error: the verdict \`Accurate\` on "It raised 4 million euros" names no source`,
    );
    expect(r.stdout).toContain('1 actor with no description: Lena Brandt');
    expect(r.stdout).toMatch(/1 article checked: 3 errors\n$/);
    // In line order, whichever check found them.
    const lines = [...r.stdout.matchAll(/context\.yaml:(\d+):\d+: error/g)].map((m) => Number(m[1]));
    expect(lines).toEqual([7, 10, 12]);
  }, 60_000);

  it('should list every mistake of a context file that cannot be read, not only the first', () => {
    const r = check(`${F}/bad-schema`);
    expect(r.status).toBe(1);
    const ctx = `${F}/bad-schema/articles/harbour-tax.context.yaml`;
    expect(r.stdout.split('\n').filter((l) => l.includes(': error: '))).toEqual([
      `  ${ctx}:2:9: error: \`actors.0.id\` is \`"Lena Brandt"\`: it must be lower-case letters, digits and hyphens, like \`angela-merkel\``,
      `  ${ctx}:5:5: error: unknown field \`descripton\` in \`actors.0\``,
      `  ${ctx}:6:5: error: \`actors.1\`: the name \`Владимир Зеленский\` gives no id in Latin letters, which the actor's page address needs`,
      `  ${ctx}:10:41: error: \`claims.0.verdict.score\` is \`7\`: it must be a whole number from 1 to 5`,
      `  ${ctx}:12:39: error: \`claims.0.sources.0.url\` is \`"example.org/budget"\`: a web address must start with http:// or https://`,
    ]);
    expect(r.stdout).toMatch(/1 article checked: 5 errors\n$/);
    const [report] = JSON.parse(check(`${F}/bad-schema`, '--json').stdout);
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([2, 5, 6, 10, 12]);
  }, 60_000);

  it('should warn of what the text leaves out and of a match that fits several items, and still exit 0', () => {
    const r = check(`${F}/warn`);
    expect(r.status).toBe(0);
    const file = `${F}/warn/articles/dock-levy.md`;
    const ctx = `${F}/warn/articles/dock-levy.context.yaml`;
    expect(r.stdout).toContain(`${file}:8:1: warning: a table is left out: the site shows text;`);
    expect(r.stdout).toContain(
      `${ctx}:2:12: warning: \`match: years\` fits 2 figures ("seven years", "40 years"): the note goes on each`,
    );
    expect(r.stdout).toMatch(/1 article checked: no errors, 2 warnings\n$/);
  }, 60_000);

  it('should give the same report as JSON with --json', () => {
    const r = check(`${F}/bad`, '--json');
    expect(r.status).toBe(1);
    const [report] = JSON.parse(r.stdout);
    expect(report.slug).toBe('harbour-tax');
    expect(report.errors).toContainEqual(
      expect.objectContaining({ file: `${F}/bad/articles/harbour-tax.context.yaml`, line: 10, column: 15 }),
    );
    expect(report.counts.claims).toEqual(expect.objectContaining({ recommendation: 1 }));
  }, 60_000);

  it('should report an error that is no article’s (a shared context file) in the JSON report too', () => {
    const r = check(`${F}/bad-shared`, '--json');
    expect(r.status).toBe(1);
    const [report] = JSON.parse(r.stdout);
    expect(report).toMatchObject({ slug: '', counts: null });
    expect(report.errors).toEqual([
      expect.objectContaining({ file: `${F}/bad-shared/context/people.yaml`, line: 4, column: 1 }),
    ]);
  }, 60_000);

  it('should refuse a slug that names no article, naming the one it was likely meant to be', () => {
    const r = check(`${F}/good`, 'no-such-article');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`no article with the slug \`no-such-article\` in ${F}/good/articles\n`);
    expect(check(`${F}/good`, 'harbour-taks').stderr).toBe(
      `no article with the slug \`harbour-taks\` (did you mean \`harbour-tax\`?) in ${F}/good/articles\n`,
    );
  }, 60_000);
});
