import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { htmlFiles } from './html-files.ts';
import { readSettings } from '../config/settings.ts';
import { DIST, readModel } from './fixture-site.ts';
import { sectionLead } from '../site/describe.ts';
import { axeViolations } from './axe.ts';

const base = inject('baseUrl');
// The fixture article with curated context: actor descriptions, notes and a verdict.
const model = readModel('river-library');
const slug = model.slug;
const first = model.sections[0]!.id;
// A path that no page has: the host serves the 404 page with status 404.
const MISSING = 'no-such-page/';
// One page of every type.
const PAGE_TYPES = [
  '',
  `${slug}/`,
  `${slug}/${first}/`,
  `${slug}/actors/`,
  `${slug}/timeline/`,
  `${slug}/figures/`,
  `${slug}/claims/`,
  MISSING,
];

/** Records CSP violations from the first moment of a page. */
const recordCsp = () => {
  (window as unknown as { csp: string[] }).csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Script errors and console errors of each page, recorded from before its first byte.
const errorsOf = new WeakMap<Page, string[]>();

/** Opens a page of the site in a fresh context, recording its errors and CSP violations from the start. */
async function open(
  path: string,
  opts: { width?: number; dark?: boolean; js?: boolean; bypassCSP?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    bypassCSP: opts.bypassCSP ?? false,
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.dark ? 'dark' : 'light',
    javaScriptEnabled: opts.js ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
    if (m.type() === 'error' && !(path === MISSING && m.text().includes('status of 404')))
      errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(recordCsp);
  const res = await page.goto(base + path);
  expect(res?.status(), path).toBe(path === MISSING ? 404 : 200);
  return page;
}

/** Closes a page opened with `open`, failing the test on any script or console error it had. */
async function close(page: Page) {
  const [errors, url] = [errorsOf.get(page) ?? [], page.url()];
  await page.context().close();
  expect(errors, url).toEqual([]);
}

describe('the built site in Chromium', () => {
  it('should render every page type with one h1 and no console errors', async () => {
    for (const path of PAGE_TYPES) {
      const page = await open(path);
      expect(await page.locator('h1').count(), path).toBe(1);
      // Let late scripts (hover previews, copy buttons) run before the errors are counted.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp), `${path} CSP`).toEqual([]);
      await close(page);
    }
  });

  it('should link every mention to an existing box, and every box back to a mention', async () => {
    const page = await open(`${slug}/`);
    const broken = await page.evaluate(() => {
      const bad: string[] = [];
      // Mentions with nothing to add link to an index page instead (checked by the internal-link test).
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a.m, a.cm, .box .back a')) {
        if (a.pathname !== location.pathname) continue;
        if (!document.getElementById(decodeURIComponent(a.hash.slice(1)))) bad.push(a.href);
      }
      return bad;
    });
    expect(broken).toEqual([]);
    // Every mention readers are shown (sure enough, or curated) is marked and linked.
    const { minConfidence } = readSettings();
    const shown = model.sections
      .flatMap((s) => s.mentions)
      .filter((m) => m.rule === 'curated' || m.confidence >= minConfidence);
    expect(await page.locator('.text a.m').count()).toBe(shown.length);
    // Follow one mention to its box and back, as a reader would.
    await page.locator('.text a.m[href^="#"]').first().click();
    const box = page.locator('.box:target');
    await expect.poll(() => box.count()).toBe(1);
    await box.locator('.back a').first().click();
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.classList.contains('m'))).toBe(true);
    await close(page);
  });

  it('should show the source text word for word, with no words run together', async () => {
    const page = await open(`${slug}/`);
    const rendered: string[] = await page.evaluate(() =>
      [...document.querySelectorAll('.sec .text')].map((t) => {
        const copy = t.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cm').forEach((m) => m.remove());
        return [...copy.querySelectorAll('p')].map((p) => p.textContent).join('\n\n');
      }),
    );
    expect(rendered).toEqual(model.sections.map((s) => s.text));
    await close(page);
  });

  it('should resolve section anchors and permalinks, with JavaScript off', async () => {
    const page = await open(`${slug}/${first}/`, { js: false });
    // The section's heading is the page's: said once, not again as the section's own.
    expect(model.sections[0]!.heading).toBeTruthy();
    expect(await page.getByRole('heading', { name: model.sections[0]!.heading!, exact: true }).count()).toBe(1);
    await page.getByRole('link', { name: 'Read in the full article' }).click();
    expect(page.url()).toBe(`${base}${slug}/#${first}`);
    expect(await page.locator(`#${first}:target`).count()).toBe(1);
    await page.getByRole('link', { name: /Permalink to section 2/ }).click();
    expect(page.url()).toBe(`${base}${slug}/${model.sections[1]!.id}/`);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    await close(page);
  });

  it('should copy the link and the embed code to the clipboard', async () => {
    const page = await open(`${slug}/${first}/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://gloss.example.org/${slug}/${first}/`,
    );
    await page.getByText('Embed this section').click();
    await page.getByRole('button', { name: 'Copy iframe code' }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(
      /^<iframe src="https:\/\/gloss\.example\.org\/embed\/[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"/,
    );
    await close(page);
  });

  it('should preview a box on hover when the box is out of view, and hide it on leave', async () => {
    const page = await open(`${slug}/`, { width: 360 });
    const link = page.locator('.text a.m[href^="#"]').first();
    await link.hover();
    const preview = page.locator('.preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('h3').textContent()).toBe(
      await page.locator(`${await link.getAttribute('href')} h3`).textContent(),
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => preview.isVisible()).toBe(false);
    await close(page);
  });

  it('should count in the timeline tab the entries the timeline lists', async () => {
    const article = await (await fetch(`${base}${slug}/`)).text();
    const timeline = await (await fetch(`${base}${slug}/timeline/`)).text();
    const tab = Number(/>Timeline \((\d+)\)</.exec(article)?.[1]);
    const list = /<ol class="list timeline">([\s\S]*?)<\/ol>/.exec(timeline)?.[1] ?? '';
    expect(tab).toBeGreaterThan(0);
    expect(list.match(/<li\b/g)?.length).toBe(tab);
  });

  it('should print the article with its boxes as notes and without navigation', async () => {
    const page = await open(`${slug}/`);
    // A reader whose screen is dark still prints dark text on white paper.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.tabs').isVisible()).toBe(false);
    expect(await page.locator('.back').first().isVisible(), 'links back to the text').toBe(false);
    expect(await page.locator('.box-actor').first().isVisible()).toBe(true);
    const grey = await page.$$eval('.dek, .meta, .text p, .box', (els) =>
      els
        .map((e) => getComputedStyle(e).color)
        .filter((c) =>
          c
            .match(/\d+/g)!
            .slice(0, 3)
            .some((v) => Number(v) > 120),
        ),
    );
    expect(grey, 'text lighter than dark grey on paper').toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await close(page);
  });

  it('should break no internal link on any page', async () => {
    const seen = new Map<string, Promise<{ status: number; html: string }>>();
    const get = (url: string) => {
      if (!seen.has(url))
        seen.set(
          url,
          fetch(url).then(async (r) => ({
            status: r.status,
            html: r.headers.get('content-type')?.includes('html') ? await r.text() : '',
          })),
        );
      return seen.get(url)!;
    };
    const broken: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      const pageUrl = base + file.slice(`${DIST}/`.length).replace(/index\.html$/, '');
      for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = new URL(raw!.replace(/&amp;/g, '&'), pageUrl);
        if (url.origin !== new URL(base).origin && !url.href.startsWith('https://gloss.example.org/')) continue;
        const local = new URL(url.pathname, base).href;
        const target = await get(local);
        if (target.status !== 200) broken.push(`${file}: ${raw} → ${target.status}`);
        else if (url.hash && target.html && !target.html.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`))
          broken.push(`${file}: ${raw} → no anchor`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('should give a permalink page share tags that an Open Graph parser reads right', async () => {
    const html = await (await fetch(`${base}${slug}/${first}/`)).text();
    const og: Record<string, string> = {};
    for (const [, prop, content] of html.matchAll(
      /<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"/g,
    ))
      og[prop!] = content!;
    expect(og['og:type']).toBe('article');
    // The title leads with the section's heading (or its first words), then the article's title.
    expect(og['og:title']!.startsWith(sectionLead(model.sections[0]!)), og['og:title']).toBe(true);
    expect(og['og:title']).toContain(model.title);
    expect(og['og:description']!.length).toBeGreaterThan(50);
    expect(og['og:url']).toMatch(new RegExp(`/${slug}/${first}/$`));
    expect(html).toContain(`<link rel="canonical" href="${og['og:url']}">`);
    expect(og['twitter:card']).toBe('summary_large_image');
    const image = await fetch(new URL(new URL(og['og:image']!).pathname, base));
    expect(image.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await image.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // And a browser decodes it: Gloss writes the PNG itself.
    const shown = await open(new URL(og['og:image']!).pathname.slice(new URL(base).pathname.length));
    expect(await shown.evaluate(() => [document.images[0]?.naturalWidth, document.images[0]?.naturalHeight])).toEqual([
      1200, 630,
    ]);
    await close(shown);
  });

  it('should give every page type a share image that exists: its article’s card, or the site’s', async () => {
    const cards = new Map<string, string>();
    for (const path of PAGE_TYPES) {
      const html = await (await fetch(`${base}${path}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, path).toBeDefined();
      const png = Buffer.from(await (await fetch(new URL(new URL(image!).pathname, base))).arrayBuffer());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${path} → ${image}`).toEqual([1200, 630]);
      cards.set(path, new URL(image!).pathname);
    }
    // An article's index pages share its card; the home page has the site's own.
    for (const index of ['actors', 'timeline', 'figures', 'claims'])
      expect(cards.get(`${slug}/${index}/`), index).toBe(cards.get(`${slug}/`));
    expect(cards.get('')).not.toBe(cards.get(`${slug}/`));
  });

  it('should pass axe-core on every page type, light and dark', async () => {
    for (const dark of [false, true]) {
      for (const path of PAGE_TYPES) {
        // The pages' CSP rightly refuses axe's inline script: let the test inject it.
        const page = await open(path, { dark, bypassCSP: true });
        const violations = await axeViolations(page);
        expect(violations, `${path} ${dark ? 'dark' : 'light'}`).toEqual([]);
        await close(page);
      }
    }
  });

  it('should fit a 360 px phone without sideways scrolling, and take screenshots to look at', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    for (const width of [360, 1280]) {
      for (const dark of [false, true]) {
        for (const path of PAGE_TYPES) {
          const page = await open(path, { width, dark });
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} at ${width}`,
          ).toBeLessThanOrEqual(width);
          const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${dark ? 'dark' : 'light'}.png`;
          await page.screenshot({ path: `test-results/screenshots/${name}` });
          await close(page);
        }
      }
    }
  });

  it('should keep the article page’s critical HTML and CSS within 14 KB compressed', () => {
    const html = readFileSync(`${DIST}/${slug}/index.html`);
    expect(html.toString()).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
  });
});
