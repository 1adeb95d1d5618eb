import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ArticleSchema } from '../model/article.ts';
import { astroEnv } from './astro-env.ts';
import { htmlFiles } from './html-files.ts';
import { DIST, FIXTURE_CONTENT } from './fixture-site.ts';

const build = (env: Record<string, string>, outDir: string) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: astroEnv(env),
    encoding: 'utf8',
  });

describe('astro build', () => {
  it('should stop on bad content with one positioned message, no stack trace and no site', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gloss-')), 'dist');
    const r = build({ GLOSS_CONTENT: 'src/e2e/fixtures/bad-content' }, out);
    expect(r.status).not.toBe(0);
    const said = r.stdout + r.stderr;
    expect(said).toContain(
      'src/e2e/fixtures/bad-content/articles/broken.md:3:14: error: `publishedAt` is `"yesterday"`',
    );
    expect(said).toContain('fix: write `publishedAt` as YYYY-MM-DD');
    expect(said).not.toMatch(/\n\s+at \S+ \(/);
    expect(existsSync(out)).toBe(false);
  });

  it('should extract again only the articles whose text changed, and render again only their pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-'));
    cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
    const env = { GLOSS_CONTENT: join(dir, 'content') };
    const out = join(dir, 'dist');
    const said = (r: ReturnType<typeof build>) =>
      /(\d+) article\(s\), (\d+) extracted, (\d+) unchanged/.exec(r.stdout + r.stderr)?.slice(1);
    // Astro logs each file it writes (`├─ /path`), marked `(restored)` or `(cached)` when copied from
    // its cache; pages render several at a time, so a rendered file's time may come after other
    // files. (Astro colours its log where it thinks a terminal or CI will show it: the colours are dropped.)
    const files = (r: ReturnType<typeof build>) => {
      const log = stripVTControlCharacters(r.stdout);
      const kept = new Set([...log.matchAll(/─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!));
      return [...log.matchAll(/─ (\S+)/g)].map((m) => ({ path: m[1]!, copied: kept.has(m[1]!) }));
    };
    const copied = (r: ReturnType<typeof build>, under: string) =>
      files(r).some((f) => f.path.startsWith(under) && f.copied);
    const rendered = (r: ReturnType<typeof build>, under: string) =>
      files(r).some((f) => f.path.startsWith(under) && !f.copied);
    const page = (path: string) => readFileSync(join(out, path), 'utf8');
    // Share cards and oEmbed documents are written by Gloss, not logged by Astro: their dates tell.
    const stamps = (under: string) =>
      Object.fromEntries(readdirSync(join(out, under)).map((f) => [f, statSync(join(out, under, f)).mtimeMs]));
    const sectionsOf = (slug: string) =>
      (JSON.parse(page(`api/articles/${slug}.json`)) as { sections: { id: string }[] }).sections.map((s) => s.id);
    build(env, out);
    const before = page('river-library/index.html');
    const cards = { small: stamps('og/small-parks'), river: stamps('og/river-library') };
    const unchanged = build(env, out);
    expect(said(unchanged)).toEqual(['3', '0', '3']);
    for (const under of ['/night-trains/', '/embed/river-library/', '/actors/carla-voss/']) {
      expect([copied(unchanged, under), rendered(unchanged, under)], under).toEqual([true, false]);
    }
    expect(stamps('og/small-parks')).toEqual(cards.small);
    appendFileSync(join(dir, 'content/articles/night-trains.txt'), '\nA new closing line.\n');
    const edited = build(env, out);
    expect(said(edited)).toEqual(['3', '1', '2']);
    for (const under of ['/night-trains/', '/embed/night-trains/', '/actors/carla-voss/']) {
      expect([copied(edited, under), rendered(edited, under)], under).toEqual([false, true]);
    }
    expect(page('night-trains/index.html')).toContain('A new closing line.');
    // Every section of the edited article has its card and its oEmbed document, and no other.
    const sections = sectionsOf('night-trains');
    expect(Object.keys(stamps('og/night-trains')).sort()).toEqual(sections.map((id) => `${id}.png`).sort());
    expect(Object.keys(stamps('oembed/night-trains')).sort()).toEqual(
      ['index', 'timeline', ...sections].map((id) => `${id}.json`).sort(),
    );
    // The other articles' pages are copied, and their cards left, unchanged.
    for (const under of ['/river-library/', '/embed/small-parks/']) {
      expect([copied(edited, under), rendered(edited, under)], under).toEqual([true, false]);
    }
    expect(page('river-library/index.html')).toBe(before);
    expect(stamps('og/river-library')).toEqual(cards.river);
  }, 180_000);

  it('should leave in a kept dist/ exactly the files a clean build writes: none of a deleted article or a review build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-'));
    cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
    const env = { GLOSS_CONTENT: join(dir, 'content') };
    const out = join(dir, 'dist');
    const files = (root: string) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(root.length))
        .sort();
    expect(build({ ...env, GLOSS_REVIEW: '1' }, out).status).toBe(0);
    expect(existsSync(join(out, 'review/index.html'))).toBe(true);
    rmSync(join(dir, 'content/articles/small-parks.txt'));
    const r = build(env, out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/removed \d+ file\(s\) an earlier build left/);
    const clean = join(dir, 'clean');
    expect(build(env, clean).status).toBe(0);
    const kept = files(out);
    expect(kept.filter((f) => /review|small-parks/.test(f))).toEqual([]);
    expect(kept).toEqual(files(clean));
  }, 180_000);

  it('should never keep a page in dist/ that another output folder’s build or a stopped build made stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-'));
    cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
    const env = { GLOSS_CONTENT: join(dir, 'content') };
    const [out, other] = [join(dir, 'dist'), join(dir, 'other')];
    const page = () => readFileSync(join(out, 'night-trains/index.html'), 'utf8');
    expect(build(env, out).status).toBe(0);
    appendFileSync(join(dir, 'content/articles/night-trains.txt'), '\nA line added while building elsewhere.\n');
    expect(build(env, other).status).toBe(0);
    // Astro's record now describes the other folder's pages: this one must not keep its old page.
    expect(build(env, out).status).toBe(0);
    expect(page()).toContain('A line added while building elsewhere.');
    // A build that stopped midway leaves its mark: the next one renders every page.
    writeFileSync(join('node_modules/.astro', 'gloss-build-running'), '');
    const after = build(env, out);
    expect(after.stdout).toContain('an earlier build stopped midway: every page is rendered again');
    expect(stripVTControlCharacters(after.stdout)).not.toMatch(/\((?:restored|cached)\)/);
  }, 180_000);

  it('should write article models that validate against the schema, and the schema itself', () => {
    const schema = JSON.parse(readFileSync(`${DIST}/api/schema.json`, 'utf8'));
    expect(schema.properties.sections.type).toBe('array');
    const models = readdirSync(`${DIST}/api/articles`);
    expect(models.sort()).toEqual(['night-trains.json', 'river-library.json', 'small-parks.json']);
    for (const f of models) {
      expect(() => ArticleSchema.parse(JSON.parse(readFileSync(join(DIST, 'api/articles', f), 'utf8')))).not.toThrow();
    }
  });

  it('should put every link and asset under a configured base path', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gloss-')), 'dist');
    const r = build(
      { GLOSS_CONTENT: FIXTURE_CONTENT, GLOSS_BASE: '/news/gloss/', GLOSS_SITE: 'https://news.example' },
      out,
    );
    expect(r.status, r.stderr).toBe(0);
    const wrong: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      for (const [, url] of html.matchAll(/\s(?:href|src|content)="(\/[^"]*|https:\/\/news\.example[^"]*)"/g)) {
        const path = url!.replace('https://news.example', '');
        if (!path.startsWith('/news/gloss/')) wrong.push(`${file}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain(
      '<loc>https://news.example/news/gloss/sitemap-0.xml</loc>',
    );
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://news.example/news/gloss/river-library/</loc>');
    expect(sitemap).not.toMatch(/\/(?:embed|api|oembed)\//);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://news.example/news/gloss/sitemap-index.xml',
    );
    expect(readFileSync(join(out, 'embed.js'), 'utf8').length).toBeGreaterThan(100);
  }, 120_000);
});
