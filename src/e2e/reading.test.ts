// Reading the annotated article as a reader would: boxes only where they say something, clean copying,
// reader toggles, the permalink heading and the confidence threshold. Built from this folder's own
// fixture content (an invented, figure-heavy op-ed), so nothing here depends on `content/`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { astroEnv } from './astro-env.ts';
import { serveSite } from './servers.ts';
import { axeViolations } from './axe.ts';

const CONTENT = 'src/e2e/fixtures/reading';
const slug = 'harbour-housing';

type Model = {
  sections: { id: string; heading: string | null; text: string; mentions: { rule: string }[] }[];
};

/** Builds the fixture content into a temporary folder and serves it. */
async function buildSite(env: Record<string, string>) {
  const out = mkdtempSync(join(tmpdir(), 'gloss-reading-'));
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: astroEnv({ GLOSS_CONTENT: CONTENT, ...env }),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  const { url, server } = await serveSite(resolve(out));
  const model = JSON.parse(readFileSync(join(out, `api/articles/${slug}.json`), 'utf8')) as Model;
  return { out, url, server, model };
}

let browser: Browser;
let site: { out: string; url: string; server: Server; model: Model };
let strict: { out: string; url: string; server: Server; model: Model };
beforeAll(async () => {
  site = await buildSite({});
  // Above every extractor's confidence: only the editor's curated mentions stay.
  strict = await buildSite({ GLOSS_MIN_CONFIDENCE: '0.99' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const s of [site, strict]) {
    s?.server.close();
    if (s) rmSync(s.out, { recursive: true, force: true });
  }
});

async function open(
  url: string,
  opts: { width?: number; dark?: boolean; js?: boolean; bypassCSP?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    bypassCSP: opts.bypassCSP ?? false,
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.dark ? 'dark' : 'light',
    javaScriptEnabled: opts.js ?? true,
  });
  const page = await context.newPage();
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  return page;
}

describe('reading an annotated article', () => {
  it('should show at most one box for every two marked mentions, each saying more than its sentence', async () => {
    const page = await open(`${site.url}${slug}/`);
    const mentions = await page.locator('.text a.m').count();
    const boxes = await page.locator('.boxes .box').count();
    expect(mentions).toBeGreaterThan(20);
    expect(boxes).toBeLessThanOrEqual(mentions / 2);
    // Beyond its heading and its way back, every box has a line of its own.
    const empty = await page.evaluate(() =>
      [...document.querySelectorAll('.boxes .box')]
        .filter((b) => !b.querySelector('p:not(.back), li'))
        .map((b) => b.id),
    );
    expect(empty).toEqual([]);
    // A mention with nothing to add still leads somewhere: its box, or its entry on an index page.
    const hrefs = await page.locator('.text a.m').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      const target = url.pathname === `/${slug}/` ? page : await open(href);
      expect(await target.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(), href).toBe(1);
      if (target !== page) await target.context().close();
    }
    await page.context().close();
  });

  it('should copy a paragraph as exactly its source words, without claim badges', async () => {
    const page = await open(`${site.url}${slug}/`);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url.replace(/\/$/, '') });
    const paragraphs = site.model.sections[0]!.text.split('\n\n');
    for (const [i, words] of paragraphs.entries()) {
      await page.evaluate((i) => {
        const p = document.querySelectorAll('.sec .text')[0]!.querySelectorAll('p')[i]!;
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, i);
      await page.keyboard.press('Control+C');
      expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(words);
    }
    // Screen readers still hear each badge.
    expect(await page.locator('.cm').first().getAttribute('aria-label')).toMatch(/^Claim: /);
    await page.context().close();
  });

  it('should switch each kind of annotation off without JavaScript', async () => {
    const page = await open(`${site.url}${slug}/`, { js: false });
    const style = (selector: string, prop: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), prop);
    expect(await style('.text .m-figure', 'text-decoration-line')).toBe('underline');
    await page.getByLabel('figures').uncheck();
    expect(await style('.text .m-figure', 'text-decoration-line')).toBe('none');
    expect(await page.locator('.box-figure').first().isVisible()).toBe(false);
    expect(await page.locator('.box-date').first().isVisible()).toBe(true);
    await page.getByLabel('sentence kinds').uncheck();
    expect(await page.locator('.cm').first().isVisible()).toBe(false);
    await page.getByLabel('names').uncheck();
    expect(await style('.text .m-actor', 'text-decoration-line')).toBe('none');
    await page.context().close();
  });

  it('should remember the choice where JavaScript runs', async () => {
    const page = await open(`${site.url}${slug}/`);
    await page.getByLabel('dates').uncheck();
    await page.reload();
    expect(await page.getByLabel('dates').isChecked()).toBe(false);
    expect(await page.getByLabel('figures').isChecked()).toBe(true);
    expect(await page.locator('.box-date').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('should lead a permalink page and its share card with the section’s own words', async () => {
    for (const s of site.model.sections) {
      const page = await open(`${site.url}${slug}/${s.id}/`);
      const h1 = (await page.locator('h1').textContent())!.trim();
      expect(h1).not.toMatch(/^Section \d/);
      if (s.heading) expect(h1).toBe(s.heading);
      else expect(s.text.startsWith(h1.replace(/…$/, ''))).toBe(true);
      const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
      expect(ogTitle!.startsWith(h1.replace(/…$/, ''))).toBe(true);
      await page.context().close();
    }
  });

  it('should be axe clean, light and dark, on the article, a permalink and the claims page', async () => {
    const first = site.model.sections[0]!.id;
    for (const path of [`${slug}/`, `${slug}/${first}/`, `${slug}/claims/`, `${slug}/figures/`]) {
      for (const dark of [false, true]) {
        const page = await open(`${site.url}${path}`, { dark, bypassCSP: true });
        const violations = await axeViolations(page);
        expect(violations, `${path} ${dark ? 'dark' : 'light'}`).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('should never scroll sideways at 360 px', async () => {
    const first = site.model.sections[0]!.id;
    const paths = ['', 'actors/', 'timeline/', 'figures/', 'claims/', `${first}/`].map((p) => `${slug}/${p}`);
    for (const path of paths) {
      const page = await open(`${site.url}${path}`, { width: 360 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await page.context().close();
    }
  });
});

describe('the confidence threshold', () => {
  it('should neither link nor box a mention below it, unless an editor curated it', async () => {
    const page = await open(`${strict.url}${slug}/`);
    const curated = strict.model.sections.flatMap((s) => s.mentions).filter((m) => m.rule === 'curated').length;
    expect(curated).toBeGreaterThan(0);
    expect(await page.locator('.text a.m').count()).toBe(curated);
    expect(await page.locator('.text a.m').evaluateAll((as) => as.every((a) => a.classList.contains('m-actor')))).toBe(
      true,
    );
    // The figure with an editor's note was found by a rule, not curated: below the threshold it has no box.
    expect(await page.locator('.box-figure').count()).toBe(0);
    expect(await page.locator('.box-actor').count()).toBe(1);
    // Its words are still there, as plain text.
    expect(await page.locator('.sec .text').first().textContent()).toContain('A$120 million');
    await page.context().close();
  });
});
