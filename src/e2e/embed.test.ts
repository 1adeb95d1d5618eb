import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST, readModel } from './fixture-site.ts';
import { axeViolations } from './axe.ts';

const base = inject('baseUrl');
const host = inject('hostUrl');
const model = readModel('river-library');
const slug = model.slug;
const first = model.sections[0]!.id;
// The fixture section whose claim an editor reviewed (its context file gives a note and a verdict):
// its embed has a claims box to close and open, which changes the content height.
const reviewed = model.sections.find((s) => s.claims.some((c) => c.note || c.verdict));
if (!reviewed) throw new Error('river-library.context.yaml no longer reviews a claim: the sizing tests need one');
const SECTION = `embed/${slug}/${reviewed.id}/`;
const EMBED_PAGES = [SECTION, `embed/${slug}/`, `embed/${slug}/timeline/`];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a host page that embeds the site path `embed`; `wrap` sets the width of the column the embed sits in. */
async function hostPage(name: string, embed: string, wrap?: number, before?: (page: Page) => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  before?.(page);
  await page.goto(`${host}${name}?embed=${embed}`);
  if (wrap) {
    await page.evaluate((w) => {
      document.getElementById('wrap')!.style.width = `${w}px`;
    }, wrap);
  }
  return page;
}

const embedFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  await frame.waitForLoadState('load');
  return frame;
};
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function expectSized(page: Page, selector: string, frame: Frame) {
  await expect
    .poll(
      async () => {
        const h = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
        return Math.abs(h - (await contentHeight(frame)));
      },
      { timeout: 5000 },
    )
    .toBeLessThanOrEqual(3);
}

describe('embeds on a host page of another origin', () => {
  it('should size the iframe to its content with the Gloss loader, at several widths and after a change', async () => {
    for (const width of [280, 600, 900]) {
      const page = await hostPage('loader.html', SECTION, width);
      const frame = await embedFrame(page);
      await expectSized(page, '#gloss', frame);
      // Close the claims box: the content height changes, the iframe follows.
      const before = await contentHeight(frame);
      await frame.locator('details summary').first().click();
      await expect.poll(() => contentHeight(frame)).not.toBe(before);
      await expectSized(page, '#gloss', frame);
      await page.context().close();
    }
  });

  it('should be sized by the real pym.js Parent with no code of ours on the host', async () => {
    for (const width of [320, 700]) {
      const page = await hostPage('pym.html', SECTION, width);
      const frame = await embedFrame(page);
      await expectSized(page, '#pymchild iframe', frame);
      const before = await contentHeight(frame);
      await frame.locator('details summary').first().click();
      await expect.poll(() => contentHeight(frame)).not.toBe(before);
      await expectSized(page, '#pymchild iframe', frame);
      await page.context().close();
    }
  });

  it('should ignore malformed and hostile messages', async () => {
    const page = await hostPage('loader.html', SECTION);
    const frame = await embedFrame(page);
    await expectSized(page, '#gloss', frame);
    const height = () => page.locator('#gloss').evaluate((el) => el.getBoundingClientRect().height);
    const settled = await height();
    const frameUrl = frame.url();
    // From the host page itself (not the iframe) and into the iframe: none may act.
    await page.evaluate(() => {
      const bad: unknown[] = [
        { type: 'gloss:height', id: '', height: 5 },
        { type: 'gloss:height', id: '', height: 1e9 },
        'gloss:height',
        { sentinel: 'amp', type: 'embed-size', height: 7 },
        { message: 'height', value: 9, secret: 'x' },
        'pymxPYMxglossxPYMxheightxPYMx9',
        { type: 'gloss:height', id: '', height: 12, extra: true },
        null,
        42,
      ];
      for (const m of bad) window.postMessage(m, '*');
      const w = (document.getElementById('gloss') as HTMLIFrameElement).contentWindow!;
      for (const m of [
        'pymxPYMxxPYMxnavigateToxPYMxjavascript:alert(1)',
        'pymxPYMxxPYMxnavigateToxPYMxhttps://example.org/',
        { type: 'gloss:navigate', url: 'https://example.org/' },
        ...bad,
      ])
        w.postMessage(m, '*');
    });
    await page.waitForTimeout(500);
    expect(await height()).toBe(settled);
    expect(frame.url()).toBe(frameUrl);
    expect(page.url()).toBe(`${host}loader.html?embed=${SECTION}`);
    await page.context().close();
  });

  it('should let embed pages be framed by any origin, and other pages only by the site', async () => {
    const refusals: string[] = [];
    const framing = new Map<string, string>();
    const page = await hostPage('frames.html', `${slug}/`, undefined, (p) => {
      p.on('console', (m) => {
        if (m.type() === 'error') refusals.push(m.text());
      });
      p.on('response', async (r) => framing.set(r.url(), (await r.headerValue('content-security-policy')) ?? ''));
    });
    await expect.poll(() => page.frames().length).toBe(3);
    const byName = async (id: string) => (await (await page.$(`#${id}`))!.contentFrame())!;
    await expect.poll(async () => (await byName('embed')).locator('h1').count()).toBe(1);
    expect((await byName('embed')).url()).toBe(`${base}embed/${slug}/`);
    // The page was fetched (so the frame is not merely still loading), and Chromium refused to
    // show it: its policy allows only the site itself as an ancestor.
    await expect.poll(() => framing.get(`${base}${slug}/`)).toMatch(/frame-ancestors 'self'/);
    await expect.poll(async () => (await byName('page')).url()).toMatch(/^chrome-error:/);
    const refused = (t: string) =>
      t.startsWith(`Framing '${new URL(base).origin}/' violates`) && t.includes(`"frame-ancestors 'self'"`);
    expect(refusals.filter(refused), refusals.join('\n')).toHaveLength(1);
    await page.context().close();
  });

  it('should serve a valid oEmbed document whose html renders', async () => {
    const OEmbed = z.object({
      version: z.literal('1.0'),
      type: z.literal('rich'),
      title: z.string().min(1),
      provider_name: z.string(),
      provider_url: z.url(),
      html: z.string(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      author_name: z.string().optional(),
    });
    const permalink = await (await fetch(`${base}${slug}/${first}/`)).text();
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(permalink)?.[1];
    expect(discovery).toBeDefined();
    const doc = OEmbed.parse(await (await fetch(new URL(new URL(discovery!).pathname, base))).json());
    expect(doc.html).toMatch(
      /^<blockquote class="gloss-embed"><a href="[^"]+">.+<\/a><\/blockquote><iframe src="[^"]+" width="600" height="\d+" frameborder="0" scrolling="no" loading="lazy" title="[^"]+" data-gloss-embed><\/iframe>$/,
    );
    const page = await hostPage('oembed.html', new URL(discovery!).pathname.slice(1));
    const frame = await embedFrame(page);
    expect(await frame.locator('.sec .text').count()).toBe(1);
    await page.context().close();
  });

  it('should pass axe-core on every embed page type, from 280 px wide, light and dark, with no CSP violation', async () => {
    for (const dark of [false, true]) {
      for (const path of EMBED_PAGES) {
        const strict = await browser.newContext({ viewport: { width: 280, height: 700 } });
        const checked = await strict.newPage();
        await checked.addInitScript(() => {
          (window as unknown as { csp: string[] }).csp = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        });
        await checked.goto(base + path);
        await checked.waitForTimeout(100);
        expect(await checked.evaluate(() => (window as unknown as { csp: string[] }).csp), `${path} CSP`).toEqual([]);
        await strict.close();
        // The CSP rightly refuses axe's inline script: let the test inject it.
        const context = await browser.newContext({
          viewport: { width: 280, height: 700 },
          colorScheme: dark ? 'dark' : 'light',
          bypassCSP: true,
        });
        const page = await context.newPage();
        await page.goto(base + path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(280);
        expect(await page.evaluate(() => `${document.cookie}${localStorage.length}${sessionStorage.length}`)).toBe(
          '00',
        );
        const violations = await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
        expect(violations, path).toEqual([]);
        await context.close();
      }
    }
  });

  it('should open every link that leaves an embed in the top window', async () => {
    for (const path of EMBED_PAGES) {
      const html = await (await fetch(base + path)).text();
      const leaving = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/href="#/.test(attrs));
      expect(leaving.length, path).toBeGreaterThan(0);
      expect(
        leaving.filter((attrs) => !/target="_top"/.test(attrs)),
        path,
      ).toEqual([]);
    }
  });

  it('should keep a section embed within 10 KB compressed, loader included', () => {
    const html = readFileSync(`${DIST}/${SECTION}index.html`, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => readFileSync(`${DIST}/${m[1]}`));
    const total = [Buffer.from(html), readFileSync(`${DIST}/embed.js`), ...scripts].reduce(
      (n, b) => n + gzipSync(b, { level: 9 }).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(10 * 1024);
  });
});
