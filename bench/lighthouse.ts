// `npm run lighthouse`: Lighthouse scores and page weight of the article, permalink, index and
// embed pages of the built site (run `npm run build` first), served on 127.0.0.1.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from '@sparticuz/chromium';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { serveSite } from '../src/e2e/servers.ts';

const model = JSON.parse(readFileSync('dist/api/articles/putin-visit-north-korea.json', 'utf8'));
const pages: [string, string][] = [
  ['index', ''],
  ['article', `${model.slug}/`],
  ['permalink', `${model.slug}/${model.sections[0].id}/`],
  ['timeline', `${model.slug}/timeline/`],
  ['section embed', `embed/${model.slug}/${model.sections[0].id}/`],
];
const site = await serveSite(resolve('dist'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.GLOSS_CHROMIUM ?? (await chromium.executablePath()),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const rows: string[] = [
  `# Lighthouse ${new Date().toISOString().slice(0, 10)} (mobile, simulated throttling)`,
  '',
  '| page | performance | accessibility | best practices | SEO | bytes loaded (KB, uncompressed) | HTML gzip (KB) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const [name, path] of pages) {
  const result = await lighthouse(site.url + path, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result!.lhr;
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const bytes = (lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024;
  const file = `dist/${path}${path.endsWith('/') || path === '' ? 'index.html' : ''}`;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  rows.push(
    `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${bytes.toFixed(1)} | ${gz.toFixed(1)} |`,
  );
  console.log(rows[rows.length - 1]);
}
await chrome.kill();
site.server.close();
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/lighthouse.md', `${rows.join('\n')}\n`);
console.log(rows.join('\n'));
