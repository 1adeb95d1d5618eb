import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixture = (name: string) => `src/import/__fixtures__/${name}`;
let content: string;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GLOSS_CONTENT: content, INIT_CWD: process.cwd() },
  });
const lastLine = (out: string) => out.trimEnd().split('\n').at(-1);

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'gloss-import-'));
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

// Each case starts Node and the importer's libraries: slow on a busy machine.
describe('import CLI', { timeout: 90_000 }, () => {
  it('should write the article under GLOSS_CONTENT and print its path as the last line', () => {
    const r = run(fixture('op-ed.docx'), '--slug', 'library-hours');
    expect(r.status).toBe(0);
    const path = join(content, 'articles', 'library-hours.md');
    expect(lastLine(r.stdout)).toBe(path);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\ntitle: Keep the county libraries open after dark\n/);
  });

  it('should take the slug from the file name', () => {
    const r = run(fixture('news-page.html'));
    expect(lastLine(r.stdout)).toBe(join(content, 'articles', 'news-page.md'));
  });

  it('should refuse to replace an existing article without --force, and replace it with it', () => {
    const ext = 'txt';
    mkdirSync(join(content, 'articles'));
    const existing = join(content, 'articles', `plain.${ext}`);
    writeFileSync(existing, 'An article already here.\n');
    const refused = run(fixture('plain.txt'));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/error: an article with the slug `plain` already exists\n  fix: pass --force/);
    expect(readdirSync(join(content, 'articles'))).toEqual([`plain.${ext}`]);
    const forced = run(fixture('plain.txt'), '--force');
    expect(forced.status).toBe(0);
    // One article per slug: a replaced .txt goes, so the site never sees two.
    expect(readdirSync(join(content, 'articles'))).toEqual(['plain.md']);
    expect(readFileSync(join(content, 'articles', 'plain.md'), 'utf8')).toContain(
      'title: Why the river path needs lights',
    );
  });

  it.each([
    ['truncated.docx', 'the file is damaged'],
    ['draft.pages', 'Gloss cannot import .pages files'],
    ['missing.docx', 'no such file'],
  ])('should exit 1 on %s with one message, no stack trace, and write nothing', (file, message) => {
    const r = run(fixture(file));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^src/import/__fixtures__/${file.replace('.', '\\.')}: error: ${message}.*\n  fix: .+\n$`),
    );
    expect(existsSync(join(content, 'articles'))).toBe(false);
  });

  it('should exit 2 on a bad slug or missing file argument', () => {
    expect(run(fixture('plain.txt'), '--slug', 'My Slug').status).toBe(2);
    expect(run().status).toBe(2);
  });
});
