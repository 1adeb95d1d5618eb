import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ArticleSchema } from '../model/article.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli/extract.ts', ...args], { encoding: 'utf8' });

describe('extract CLI', () => {
  it('should print the article model as JSON, with the context file beside the article applied', () => {
    const r = run('src/cli/__fixtures__/op-ed.md');
    expect(r.status, r.stderr).toBe(0);
    const model = ArticleSchema.parse(JSON.parse(r.stdout));
    expect(model.slug).toBe('op-ed');
    expect(model.sections.map((s) => s.id)).toEqual(['the-pier', expect.any(String), expect.any(String)]);
  });

  it('should exit non-zero with one clear message and no stack trace on bad input', () => {
    const r = run('src/read/__fixtures__/bad-date.md');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^src\/read\/__fixtures__\/bad-date\.md:3:14: error: .*\n  fix: .*\n$/);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  });

  it('should resolve relative dates against --published when the file has no date', () => {
    const r = run('src/segment/__fixtures__/lines.txt', '--published', '2024-06-20');
    expect(JSON.parse(r.stdout).publishedAt).toBe('2024-06-20');
    for (const wrong of ['June 2024', '2025-13-01', '2025-02-30']) {
      const bad = run('src/segment/__fixtures__/lines.txt', '--published', wrong);
      expect(bad.status, wrong).toBe(2);
      expect(bad.stderr).toBe(`--published must be a real date as YYYY-MM-DD, e.g. 2024-06-20 (got \`${wrong}\`)\n`);
    }
  });

  it('should say when the file does not exist', () => {
    const r = run('src/cli/__fixtures__/nope.md');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('src/cli/__fixtures__/nope.md: error: no such file');
  });
});
