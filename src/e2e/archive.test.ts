// The archive features in a real browser: the drawn timeline, the TimelineJS export, site-wide actor
// pages and Pagefind search, on the suite's fixture site (`fixtures/content/`: invented articles with
// dated events, and an actor named in two of them).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST, readModel } from './fixture-site.ts';
import type { Article } from '../model/article.ts';
import { axeViolations } from './axe.ts';

const require = createRequire(import.meta.url);
const base = inject('baseUrl');
const models: Article[] = readdirSync(`${DIST}/api/articles`).map((f) => readModel(f.replace(/\.json$/, '')));
const resolvedDates = (m: Article) => m.dates.filter((d) => d.start);
// The fixture article with the most dates the pipeline resolved: the timeline has the most to draw.
const model = [...models].sort((a, b) => resolvedDates(b).length - resolvedDates(a).length)[0]!;
const slug = model.slug;
// Ids named in two or more articles: each must have a page linking to every one of them.
const shared = [...new Set(models.flatMap((m) => m.actors.map((a) => a.id)))].filter(
  (id) => models.filter((m) => m.actors.some((a) => a.id === id)).length > 1,
);
// A word of the op-ed's first section that search must find it by.
const word = model.sections[0]!.text.match(/\p{L}{7,}/u)![0];

let browser: Browser;
let tlServer: Server;
let tlUrl: string;
beforeAll(async () => {
  browser = await launch();
  // A newsroom page on its own origin: TimelineJS's dist files from its npm package, the export from the build.
  const tlDist = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.html': 'text/html',
  };
  tlServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [root, rest] = path.startsWith('/timelinejs/')
      ? [tlDist, path.slice('/timelinejs/'.length)]
      : path.startsWith('/api/')
        ? [join(process.cwd(), DIST), path.slice(1)]
        : [join(import.meta.dirname, 'fixtures'), path.slice(1)];
    const file = normalize(join(root, rest));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => tlServer.listen(0, '127.0.0.1', r));
  tlUrl = `http://127.0.0.1:${(tlServer.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await browser?.close();
  tlServer?.close();
});

async function open(path: string, opts: { width?: number; dark?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    bypassCSP: opts.bypassCSP ?? false,
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { csp: string[] }).csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const res = await page.goto(path.startsWith('http') ? path : base + path);
  expect(res?.status(), path).toBe(200);
  return page;
}

/** Returns the visible timeline marks: their dates and where they are drawn. */
const visibleMarks = (page: Page) =>
  page.$$eval('svg [data-start]', (marks) =>
    marks
      .filter((m) => (m as SVGGraphicsElement).getBoundingClientRect().width > 0)
      .map((m) => {
        const r = m.querySelector('circle, rect')!.getBoundingClientRect();
        return {
          start: m.getAttribute('data-start')!,
          end: m.getAttribute('data-end')!,
          href: m.getAttribute('href'),
          x: r.left,
          y: r.top,
        };
      }),
  );

describe('the drawn timeline', () => {
  const resolved = resolvedDates(model);
  // Every resolved date, every date a figure implies (derived), and the publication.
  const expected = resolved.length + model.figures.filter((f) => f.derived).length + (model.publishedAt ? 1 : 0);

  it('should have dated events to draw in the fixture content', () => {
    expect(resolved.length).toBeGreaterThanOrEqual(2);
  });

  it('should draw every date as a mark, in time order, with no sideways scroll, at 360 and 1280 px', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    for (const [width, axis] of [
      [360, 'y'],
      [1280, 'x'],
    ] as const) {
      for (const dark of [false, true]) {
        const page = await open(`${slug}/timeline/`, { width, dark });
        const marks = await visibleMarks(page);
        expect(marks, `${width}`).toHaveLength(expected);
        for (const d of resolved)
          expect(
            marks.some((m) => m.start === d.start && m.href === `#${d.id}`),
            d.id,
          ).toBe(true);
        // Marks that start on the same date (a span and a point, e.g. "last winter" and "2023") may be
        // drawn in either order; every earlier date must come first.
        const byDate = [...marks].sort((a, b) => a.start.localeCompare(b.start) || a[axis] - b[axis]);
        const along = byDate.map((m) => m[axis]);
        expect(along, `${width} ${axis}`).toEqual([...along].sort((a, b) => a - b));
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}`).toBeLessThanOrEqual(width);
        // Each mark's link lands on its entry in the list below.
        for (const m of marks) expect(await page.locator(m.href!).count(), m.href!).toBe(1);
        expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp)).toEqual([]);
        await page
          .locator('.tl-chart')
          .screenshot({ path: `test-results/screenshots/timeline-chart-${width}-${dark ? 'dark' : 'light'}.png` });
        await page.screenshot({
          path: `test-results/screenshots/timeline-page-${width}-${dark ? 'dark' : 'light'}.png`,
          fullPage: true,
        });
        await page.context().close();
      }
    }
  });

  it('should draw the timeline in the embed too', async () => {
    const page = await open(`embed/${slug}/timeline/`, { width: 400 });
    expect(await visibleMarks(page)).toHaveLength(expected);
    await page.context().close();
  });
});

describe('the TimelineJS export', () => {
  it('should be drawn by TimelineJS with one slide per event and no error', async () => {
    const json = JSON.parse(readFileSync(`${DIST}/api/timeline/${slug}.json`, 'utf8'));
    expect(json.events).toHaveLength(resolvedDates(model).length);
    const page = await open(`${tlUrl}timelinejs.html?json=${encodeURIComponent(`/api/timeline/${slug}.json`)}`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForFunction(() => (window as unknown as { tlLoaded?: boolean }).tlLoaded, null, { timeout: 20_000 });
    // The title slide, then one slide and one time marker per event.
    expect(await page.locator('.tl-slide').count()).toBe(json.events.length + 1);
    expect(await page.locator('.tl-timemarker').count()).toBe(json.events.length);
    expect(await page.locator('.tl-slide-titleslide').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { tlErrors: string[] }).tlErrors)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('site-wide actor pages', () => {
  it('should give every actor named in two or more articles a page linking to each of them', async () => {
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) {
      const page = await open(`actors/${id}/`);
      const links = await page.$$eval('main h2 a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      const naming = models.filter((m) => m.actors.some((a) => a.id === id)).map((m) => m.slug);
      for (const s of naming) expect(links, id).toContain(`/${s}/`);
      await page.context().close();
    }
  });

  it('should list the actors by kind with their article counts, and link boxes to actor pages', async () => {
    const page = await open('actors/');
    expect(await page.locator('main h2').count()).toBeGreaterThan(0);
    for (const id of shared) {
      const item = page.locator(`main li:has(a[href$="/actors/${id}/"])`);
      await expect(item.textContent()).resolves.toMatch(/\d+ articles/);
    }
    await page.context().close();
    // An article whose context file describes an actor: that actor's box links to its site-wide page.
    const described = models.find((m) => m.actors.some((a) => a.description))!;
    const article = await open(`${described.slug}/`);
    const boxLinks = await article.$$eval('.box-actor a[href*="/actors/"]', (as) => as.length);
    expect(boxLinks).toBeGreaterThan(0);
    await article.context().close();
  });

  it('should list actor pages in the sitemap', async () => {
    const sitemap = await (await fetch(`${base}sitemap-0.xml`)).text();
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) expect(sitemap).toContain(`/actors/${id}/</loc>`);
  });
});

describe('search', () => {
  it('should list the op-ed for a word of it, from the ?q= query, under the CSP', async () => {
    const page = await open(`search/?q=${encodeURIComponent(word)}`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForSelector('#results ol li a', { timeout: 20_000 });
    expect(await page.inputValue('#q')).toBe(word);
    const hrefs = await page.$$eval('#results li > a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(
      hrefs.some((h) => h.startsWith(`/${slug}/`)),
      hrefs.join(' '),
    ).toBe(true);
    expect(hrefs.filter((h) => h.startsWith('/embed/'))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp)).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/search-1280-light.png', fullPage: true });
    await page.context().close();
  });

  it('should offer the search form in every page header, and load Pagefind on /search/ only', async () => {
    for (const path of ['', `${slug}/`, `${slug}/timeline/`, 'actors/']) {
      const html = await (await fetch(base + path)).text();
      expect(html, path).toMatch(/<form role="search"[^>]*action="\/search\/"/);
      expect(html, path).not.toContain('pagefind.js');
    }
  });
});

describe('accessibility of the new pages', () => {
  it('should pass axe-core (WCAG 2.2 AA) light and dark', async () => {
    const paths = [
      `${slug}/timeline/`,
      `${slug}/figures/`,
      'actors/',
      `actors/${shared[0] ?? model.actors[0]!.id}/`,
      `search/?q=${encodeURIComponent(word)}`,
      `embed/${slug}/timeline/`,
    ];
    for (const dark of [false, true]) {
      for (const path of paths) {
        const page = await open(path, { dark, bypassCSP: true });
        if (path.startsWith('search')) await page.waitForSelector('#results ol li a', { timeout: 20_000 });
        const violations = await axeViolations(page);
        expect(violations, `${path} ${dark ? 'dark' : 'light'}`).toEqual([]);
        await page.context().close();
      }
    }
  });
});
