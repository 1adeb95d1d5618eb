// `npm run bench`: extraction speed per article and per KB; the build time of the site for 100
// articles (made from the shipped ones) against a bare Astro build of the same number of pages,
// measured in the same run; where the warm build spends its time, per kind of route; and how the
// render time of an article grows with its length.
//
// BENCH_ARTICLES (default 100) and BENCH_RUNS (default 3) change the size and the runs;
// BENCH_PARTS (default `extract,build,length`) picks what to measure.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticle } from '../src/read/read-article.ts';
import { listArticles, readArticleInput, readSharedContexts } from '../src/read/load-content.ts';
import { generateContent, lengthenArticle } from './generate-content.ts';
import { routeKind, routeTimes } from './route-times.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PARTS = (process.env.BENCH_PARTS ?? 'extract,build,length').split(',');

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
const tmp = mkdtempSync(join(tmpdir(), 'gloss-bench-'));

/**
 * Moves a folder out of the way (beside itself, so on the same disk) instead of deleting it; the
 * moved folders are deleted when the benchmark ends. On ext4, a build that creates thousands of
 * files right after thousands were deleted pays for it (a cold build of 100 articles took 21 s
 * instead of 13 s here, nearly all of it in the kernel, looking for inodes to reuse): that is the
 * cost of the deletion, not of the build, so no timed build follows one.
 */
const moved: string[] = [];
const moveAside = (dir: string) => {
  if (!existsSync(dir)) return;
  const to = join(dirname(dir), `.${basename(dir)}.bench-old-${process.pid}-${moved.length}`);
  renameSync(dir, to);
  moved.push(to);
};
mkdirSync('bench/out', { recursive: true });

say(`# Gloss benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
const shared = readSharedContexts('content');
const bodies = listArticles('content').map((f) => readArticleInput(f, shared).source.body);
const text = bodies.join('\n\n');

if (PARTS.includes('extract')) {
  say();
  say('## Extraction (median of 5 runs, after one warm-up)');
  say();
  say('| article | KB | ms | KB/s |');
  say('| --- | ---: | ---: | ---: |');
  for (const file of listArticles('content')) {
    const input = readArticleInput(file, shared);
    buildArticle(input.source, input.contexts);
    const ms = time(() => buildArticle(input.source, input.contexts), 5);
    const kb = Buffer.byteLength(input.source.body) / 1024;
    say(`| ${input.source.slug} | ${kb.toFixed(1)} | ${ms.toFixed(0)} | ${(kb / (ms / 1000)).toFixed(0)} |`);
  }
  // A 1 MB article: the shipped texts repeated, as paragraphs and as one giant paragraph.
  const big = text.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(text))).slice(0, 1024 * 1024);
  for (const [name, body] of [
    ['1 MB, paragraphs', big],
    ['1 MB, one paragraph', big.replace(/\n+/g, ' ')],
  ] as const) {
    const source = readArticle('big.txt', new TextEncoder().encode(body));
    const ms = time(() => buildArticle(source, []), 1);
    say(`| ${name} | 1024.0 | ${ms.toFixed(0)} | ${(1024 / (ms / 1000)).toFixed(0)} |`);
  }
}

/**
 * Runs `astro build` (with `GLOSS_CONTENT` when given) into an emptied output folder, so that no
 * build pays for deleting another's output, or with `keep` into the last build's output, as a user's
 * rebuild does (Gloss keeps it and removes only what the build did not write). Returns wall-clock seconds, CPU seconds (user +
 * system, the build and its child processes: steadier than wall clock on a shared machine) and
 * the build's output.
 */
const astro = (
  args: string[],
  content?: string,
  node: string[] = [],
  keep = false,
  env: Record<string, string> = {},
) => {
  const out = args.includes('--outDir')
    ? args[args.indexOf('--outDir') + 1]!
    : join(args[args.indexOf('--root') + 1]!, 'dist');
  if (!keep) moveAside(out);
  const t = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'cpu %U %S', process.execPath, ...node, 'node_modules/astro/bin/astro.mjs', 'build', ...args],
    {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(content && { GLOSS_CONTENT: content }), ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  const [, user, sys] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) ?? [];
  return { seconds, cpu: Number(user) + Number(sys), log: r.stdout + r.stderr };
};
/** Astro's record of the pages it can copy (its incremental build): without it, every page is rendered. */
const PAGE_CACHE = 'node_modules/.astro/incremental-build.json';
const clearCaches = () => {
  for (const d of ['.astro', 'node_modules/.astro', 'node_modules/.cache/gloss-og']) moveAside(d);
};
const countPages = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? countPages(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);

if (PARTS.includes('build')) {
  const content = generateContent('content', join(tmp, 'content'), ARTICLES);
  const out = join(tmp, 'dist');
  say();
  say(`## Build, ${ARTICLES} articles (wall clock, median of ${RUNS} runs)`);
  say();
  // Cold: no data store and no cached share cards, so every article is extracted and drawn.
  const coldRuns = Array.from({ length: RUNS }, () => {
    clearCaches();
    return astro(['--outDir', out], content);
  });
  // Warm: content unchanged, so Astro's incremental build keeps the pages. Edited: one article
  // changed, so it is extracted and its pages rendered again, the others kept. Rendered: a new
  // confidence threshold changes every page's key, so every page is rendered into the kept output
  // (extraction and share cards still cached), as after a change to Gloss's page code.
  const warmRuns = Array.from({ length: RUNS }, () => astro(['--outDir', out], content, [], true));
  const edited = join(
    content,
    'articles',
    readdirSync(join(content, 'articles')).find((f) => /\.(txt|md)$/.test(f))!,
  );
  const editedRuns = Array.from({ length: RUNS }, (_, i) => {
    appendFileSync(edited, `\n\nAn added closing paragraph, edit ${i + 1}.\n`);
    return astro(['--outDir', out], content, [], true);
  });
  const renderedRuns = Array.from({ length: RUNS }, (_, i) =>
    astro(['--outDir', out], content, [], true, { GLOSS_MIN_CONFIDENCE: String(0.5 + (i + 1) / 1000) }),
  );
  const all = [coldRuns, warmRuns, editedRuns, renderedRuns];
  const [cold, warm, edit, rendered] = all.map((runs) => median(runs.map((r) => r.seconds)));
  const [coldCpu, warmCpu, editCpu, renderedCpu] = all.map((runs) => median(runs.map((r) => r.cpu)));
  const pages = countPages(out);
  writeFileSync('bench/out/warm-build.log', warmRuns[0]!.log);

  // The baseline: a bare Astro project with the same number of HTML pages of the same text.
  // It lives in bench/out/ so that it resolves astro from this project's node_modules.
  const bare = 'bench/out/bare';
  moveAside(bare);
  mkdirSync(join(bare, 'src/pages'), { recursive: true });
  writeFileSync(join(bare, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  writeFileSync(
    join(bare, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  const text = ${JSON.stringify(text)};
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) }, props: { text } }));
}
const { text } = Astro.props;
---
<html lang="en"><head><title>Page</title></head><body>{text.split('\\n\\n').map((p) => <p>{p}</p>)}</body></html>
`,
  );
  const bareRuns = Array.from({ length: RUNS }, () => astro(['--root', bare]));
  const [bareTime, bareCpu] = [median(bareRuns.map((r) => r.seconds)), median(bareRuns.map((r) => r.cpu))];
  // The same bare project with Gloss's `build.concurrency`, so that no ratio comes from that setting.
  writeFileSync(
    join(bare, 'astro.config.mjs'),
    "export default { build: { format: 'directory', concurrency: 16 } };\n",
  );
  const bare16Runs = Array.from({ length: RUNS }, () => astro(['--root', bare]));
  const [bare16Time, bare16Cpu] = [median(bare16Runs.map((r) => r.seconds)), median(bare16Runs.map((r) => r.cpu))];
  say(`| build | wall s | × bare | CPU s | × bare |`);
  say('| --- | ---: | ---: | ---: | ---: |');
  say(`| bare Astro, ${pages} pages | ${bareTime.toFixed(1)} | 1.0 | ${bareCpu.toFixed(1)} | 1.0 |`);
  say(
    `| bare Astro, ${pages} pages, concurrency 16 | ${bare16Time.toFixed(1)} | ${(bare16Time / bareTime).toFixed(1)} | ${bare16Cpu.toFixed(1)} | ${(bare16Cpu / bareCpu).toFixed(1)} |`,
  );
  for (const [name, wall, cpu] of [
    ['Gloss, cold (extracts all)', cold!, coldCpu!],
    ['Gloss, warm (content unchanged)', warm!, warmCpu!],
    ['Gloss, one article edited', edit!, editCpu!],
    ['Gloss, every page rendered (new threshold)', rendered!, renderedCpu!],
  ] as const) {
    say(
      `| ${name} | ${wall.toFixed(1)} | ${(wall / bareTime).toFixed(1)} | ${cpu.toFixed(1)} | ${(cpu / bareCpu).toFixed(1)} |`,
    );
  }
  say();
  say(`${pages} HTML pages (plus share images, JSON and feeds) for ${ARTICLES} articles.`);

  // Where the warm build's page generation goes: Astro's own per-route times, by kind of route.
  // Pages render 16 at a time, which mixes their times in Astro's log: one more build renders one at a time.
  const oneAtATime = astro(['--outDir', out], content, [], true, {
    GLOSS_MIN_CONFIDENCE: '0.4999',
    GLOSS_BUILD_CONCURRENCY: '1',
  });
  writeFileSync('bench/out/rendered-build.log', oneAtATime.log);
  const byKind = new Map<string, { n: number; ms: number }>();
  for (const { path, ms } of routeTimes(oneAtATime.log)) {
    const k = routeKind(path);
    const e = byKind.get(k) ?? { n: 0, ms: 0 };
    byKind.set(k, { n: e.n + 1, ms: e.ms + ms });
  }
  say();
  say('### Every page rendered: generation time per kind of route (sum of Astro’s per-route times)');
  say();
  say('| route | files | ms total | ms per file |');
  say('| --- | ---: | ---: | ---: |');
  for (const [k, { n, ms }] of [...byKind].sort((a, b) => b[1].ms - a[1].ms)) {
    say(`| ${k} | ${n} | ${ms} | ${(ms / n).toFixed(1)} |`);
  }
  if (process.env.BENCH_PROFILE) {
    // One more warm build under the V8 profiler: `node bench/profile-summary.ts <file>` reads it.
    rmSync('bench/out/profile', { recursive: true, force: true });
    const r = astro(['--outDir', out], content, ['--cpu-prof', '--cpu-prof-dir', 'bench/out/profile']);
    say();
    say(`A warm build under --cpu-prof took ${r.seconds.toFixed(1)} s; its profile is in bench/out/profile/.`);
  }
  const phases = [...warmRuns[0]!.log.matchAll(/\[(\w+)\] (.*?) ?(?:✓ Completed in|Generated) ([\d.]+m?s)/g)];
  if (phases.length) {
    say();
    say(`Phases of that warm build: ${phases.map((m) => `${m[1]} ${m[3]}`).join(', ')}.`);
  }
}

if (PARTS.includes('length')) {
  // One article, as is and ten times as long; both in one build, timed per route.
  const longest = listArticles('content').sort(
    (a, b) => readArticleInput(b, shared).source.body.length - readArticleInput(a, shared).source.body.length,
  )[0]!;
  const content = join(tmp, 'length');
  lengthenArticle(longest, content, 'normal', 1);
  lengthenArticle(longest, content, 'long', 10);
  const out = join(tmp, 'length-dist');
  const sources = listArticles(content).map((f) => readArticleInput(f, { contexts: [], text: '' }).source);
  const extractMs = Object.fromEntries(
    sources.map((s) => [s.slug, (buildArticle(s, []), time(() => buildArticle(s, []), 3))]),
  );
  const oneAtATime = { GLOSS_BUILD_CONCURRENCY: '1' }; // so that Astro's log gives each file's own time
  astro(['--outDir', out], content, [], false, oneAtATime); // extracts both; the timed builds below are warm
  // Timed per route, so every page is rendered: Astro's page cache is emptied first.
  const renders = Array.from({ length: RUNS }, () => {
    rmSync(PAGE_CACHE, { force: true });
    return routeTimes(astro(['--outDir', out], content, [], false, oneAtATime).log);
  });
  const renderMs = (slug: string, only?: string) =>
    median(
      renders.map((times) =>
        times
          .filter(({ path }) => (only ? path === only : path.split('/').includes(slug)))
          .reduce((n, t) => n + t.ms, 0),
      ),
    );
  say();
  say(`## Length: one article and the same ten times as long (median of ${RUNS} warm builds)`);
  say();
  say('| measure | normal (ms) | 10× long (ms) | ratio (at most 12) |');
  say('| --- | ---: | ---: | ---: |');
  const row = (name: string, a: number, b: number) =>
    say(`| ${name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / Math.max(a, 1)).toFixed(1)} |`);
  row('extraction', extractMs.normal!, extractMs.long!);
  row('article page render', renderMs('normal', '/normal/index.html'), renderMs('long', '/long/index.html'));
  row('every file of the article', renderMs('normal'), renderMs('long'));
}

for (const dir of [...moved, tmp]) rmSync(dir, { recursive: true, force: true });
writeFileSync('bench/out/report.md', `${lines.join('\n')}\n`);
