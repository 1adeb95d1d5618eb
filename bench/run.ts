// `npm run bench`: extraction speed per article and per KB, and the build time of the site
// against a bare Astro build of the same number of pages, measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticle } from '../src/read/read-article.ts';
import { listArticles, readArticleInput, readSharedContexts } from '../src/read/load-content.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    }),
  );
const lines: string[] = [];
const say = (s = '') => {
  console.log(s);
  lines.push(s);
};

say(`# Gloss benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
say();
say('## Extraction (median of 5 runs, after one warm-up)');
say();
say('| article | KB | ms | KB/s |');
say('| --- | ---: | ---: | ---: |');
const shared = readSharedContexts('content');
const bodies: string[] = [];
for (const file of listArticles('content')) {
  const input = readArticleInput(file, shared);
  bodies.push(input.source.body);
  buildArticle(input.source, input.contexts);
  const ms = time(() => buildArticle(input.source, input.contexts), 5);
  const kb = Buffer.byteLength(input.source.body) / 1024;
  say(`| ${input.source.slug} | ${kb.toFixed(1)} | ${ms.toFixed(0)} | ${(kb / (ms / 1000)).toFixed(0)} |`);
}
// A 1 MB article: the shipped texts repeated, as paragraphs and as one giant paragraph.
const base = bodies.join('\n\n');
const big = base.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(base))).slice(0, 1024 * 1024);
for (const [name, text] of [
  ['1 MB, paragraphs', big],
  ['1 MB, one paragraph', big.replace(/\n+/g, ' ')],
] as const) {
  const source = readArticle('big.txt', new TextEncoder().encode(text));
  const ms = time(() => buildArticle(source, []), 1);
  say(`| ${name} | 1024.0 | ${ms.toFixed(0)} | ${(1024 / (ms / 1000)).toFixed(0)} |`);
}

say();
say('## Build (wall clock, median of 3 runs)');
say();
const astro = (args: string[]) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  return (performance.now() - t) / 1000;
};
const countPages = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? countPages(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);
const RUNS = 3;
// Cold: no data store and no cached share cards, so every article is extracted and drawn.
const cold = median(
  Array.from({ length: RUNS }, () => {
    for (const d of ['.astro', 'node_modules/.astro', 'node_modules/.cache/gloss-og']) {
      rmSync(d, { recursive: true, force: true });
    }
    return astro(['build']);
  }),
);
const warm = median(Array.from({ length: RUNS }, () => astro(['build'])));
const pages = countPages('dist');

// The baseline: a bare Astro project with the same number of HTML pages of the same text.
const bare = 'bench/out/bare';
rmSync(bare, { recursive: true, force: true });
mkdirSync(join(bare, 'src/pages'), { recursive: true });
writeFileSync(join(bare, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
writeFileSync(
  join(bare, 'src/pages/[n].astro'),
  `---
export function getStaticPaths() {
  const text = ${JSON.stringify(base)};
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) }, props: { text } }));
}
const { text } = Astro.props;
---
<html lang="en"><head><title>Page</title></head><body>{text.split('\\n\\n').map((p) => <p>{p}</p>)}</body></html>
`,
);
const bareTime = median(Array.from({ length: RUNS }, () => astro(['build', '--root', bare])));
say(`| build | seconds | × bare Astro |`);
say('| --- | ---: | ---: |');
say(`| bare Astro, ${pages} pages | ${bareTime.toFixed(1)} | 1.0 |`);
say(`| Gloss, cold (extracts all) | ${cold.toFixed(1)} | ${(cold / bareTime).toFixed(1)} |`);
say(`| Gloss, warm (content unchanged) | ${warm.toFixed(1)} | ${(warm / bareTime).toFixed(1)} |`);
say();
say(`${pages} HTML pages (plus share images, JSON and feeds) for ${bodies.length} articles.`);
if (!existsSync('bench/out')) mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/report.md', `${lines.join('\n')}\n`);
