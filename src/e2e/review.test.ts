// The editor's review pages (issue 8) in a real browser: built only with GLOSS_REVIEW=1, one page per
// article listing every mention, each with a line to paste into the context file; never indexed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Article } from '../model/article.ts';
import { launch } from './browser.ts';
import { astroEnv } from './astro-env.ts';
import { serveSite } from './servers.ts';
import { DIST, FIXTURE_CONTENT } from './fixture-site.ts';
import { axeViolations } from './axe.ts';

// Its own folder: the suite's default build (DIST) must stay without review pages.
const OUT = 'test-results/e2e-review';

let browser: Browser;
let site: { url: string; server: Server };
let models: Article[];
beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT], {
    env: astroEnv({ GLOSS_CONTENT: FIXTURE_CONTENT, GLOSS_REVIEW: '1' }),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  models = readdirSync(join(OUT, 'api/articles')).map(
    (f) => JSON.parse(readFileSync(join(OUT, 'api/articles', f), 'utf8')) as Article,
  );
  site = await serveSite(resolve(OUT));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(path: string, opts: { dark?: boolean; bypassCSP?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 800 },
    bypassCSP: opts.bypassCSP ?? false,
    colorScheme: opts.dark ? 'dark' : 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const res = await page.goto(site.url + path);
  expect(res?.status(), path).toBe(200);
  return page;
}

const mentionCount = (m: Article) => m.sections.reduce((n, s) => n + s.mentions.length, 0);

describe('the review pages', () => {
  it('should be absent from the default build', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
    expect(existsSync(join(DIST, 'review'))).toBe(false);
  });

  it('should link every article from /review/ and list every mention of each on its own page', async () => {
    expect(models.length).toBeGreaterThan(1);
    const index = await open('review/');
    const links = await index.$$eval('main h2 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.sort()).toEqual(models.map((m) => `/review/${m.slug}/`).sort());
    await index.context().close();
    for (const model of models) {
      const page = await open(`review/${model.slug}/`);
      expect(await page.locator('h1').textContent()).toContain(model.title);
      const rows = page.locator('[aria-labelledby="mentions"] tbody tr');
      expect(await rows.count(), model.slug).toBe(mentionCount(model));
      expect(mentionCount(model), model.slug).toBeGreaterThan(0);
      await page.context().close();
    }
  });

  it('should copy a mention row’s YAML line to the clipboard, ready to paste', async () => {
    const model = models[0]!;
    const first = model.sections.find((s) => s.mentions.length)!.mentions[0]!;
    const page = await open(`review/${model.slug}/`);
    const row = page.locator('[aria-labelledby="mentions"] tbody tr').first();
    await row.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => row.getByRole('status').textContent()).toBe('Copied.');
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toBe(await row.locator('code').last().textContent());
    // One list item of the context file that names this mention.
    expect(parse(pasted)).toEqual([{ text: first.text, kind: first.kind }]);
    await page.context().close();
  });

  it('should be noindex and absent from the sitemap', () => {
    for (const path of ['review/', ...models.map((m) => `review/${m.slug}/`)]) {
      const html = readFileSync(join(OUT, path, 'index.html'), 'utf8');
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).not.toContain('rel="canonical"');
    }
    const sitemap = readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/${models[0]!.slug}/</loc>`);
    expect(sitemap).not.toContain('/review/');
  });

  it('should pass axe-core (WCAG 2.2 AA) light and dark', async () => {
    for (const dark of [false, true]) {
      for (const path of ['review/', ...models.map((m) => `review/${m.slug}/`)]) {
        const page = await open(path, { dark, bypassCSP: true });
        const violations = await axeViolations(page);
        expect(violations, `${path} ${dark ? 'dark' : 'light'}`).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('should keep its tables readable on a 360 px phone: rows scroll sideways, not one letter a line', async () => {
    const page = await open(`review/${models[0]!.slug}/`, { width: 360 });
    const layout = await page.evaluate(() => ({
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      regions: [...document.querySelectorAll('.scroll')].map((r) => r.scrollWidth > r.clientWidth),
      // The tallest body row, in lines of the table's text.
      tallest: Math.max(
        ...[...document.querySelectorAll('tbody tr')].map(
          (tr) => tr.getBoundingClientRect().height / parseFloat(getComputedStyle(tr).lineHeight),
        ),
      ),
    }));
    expect(layout.page[0], 'the page itself never scrolls sideways').toBe(layout.page[1]);
    expect(layout.regions.every(Boolean), 'each table scrolls in its own region').toBe(true);
    expect(layout.tallest).toBeLessThan(5);
    await page.context().close();
  });
});
