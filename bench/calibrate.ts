// Calibration of `confidence` on the hand-annotated dev set (../shared/eval/dev): for each
// confidence band and each rule, how many annotations there are and the share that are right.
// Usage: npm run calibrate [-- <folder of NAME.md|txt + NAME.gold.json>] [--json]
// It measures; it never fails. Matching follows ../shared/eval/extract-eval.mjs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticle } from '../src/read/read-article.ts';
import type { Article } from '../src/model/article.ts';

interface Gold {
  actors: { name: string; surface?: string[] }[];
  figures: { text: string; value: number | [number, number] | null }[];
  dates: { text: string; start: string | null }[];
  claims: { sentence: string; kind: string }[];
}
/** One annotation and whether the gold agrees with it. */
interface Judged {
  kind: string;
  rule: string;
  confidence: number;
  right: boolean;
}

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/dev');
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[.,;:!?"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const toks = (s: string) =>
  ` ${norm(s)
    .replace(/[-\u2010-\u2015/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
const words = (s: string) => new Set(norm(s).split(' ').filter(Boolean));
function overlap(a: string, b: string): boolean {
  const x = toks(a);
  const y = toks(b);
  if (!x.trim() || !y.trim()) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const A = words(a);
  const B = words(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n >= 1 && n / Math.max(1, Math.min(A.size, B.size)) >= 0.5;
}

/** Judges every mention and claim of one article against its gold annotation. */
export function judge(article: Article, gold: Gold): Judged[] {
  const out: Judged[] = [];
  const goldSurfaces = gold.actors.map((g) => new Set([g.name, ...(g.surface ?? [])].map(norm)));
  const mentions = article.sections.flatMap((s) => s.mentions);
  const surfaces = new Map(article.actors.map((a) => [a.id, new Set([a.name, ...a.aliases].map(norm))]));
  for (const m of mentions) if (m.kind === 'actor') surfaces.get(m.ref)?.add(norm(m.text));
  const figures = new Map(article.figures.map((f) => [f.id, f]));
  const dates = new Map(article.dates.map((d) => [d.id, d]));
  for (const m of mentions) {
    let right = false;
    if (m.kind === 'actor') {
      const mine = surfaces.get(m.ref) ?? new Set([norm(m.text)]);
      right = goldSurfaces.some((G) => [...mine].some((x) => G.has(x)));
    } else if (m.kind === 'figure') {
      const f = figures.get(m.ref)!;
      right = gold.figures.some((g) => {
        if (!overlap(m.text, g.text)) return false;
        if (g.value == null) return true;
        const [lo, hi] = Array.isArray(g.value) ? g.value : [g.value, g.value];
        const elo = f.low ?? f.value;
        const ehi = f.high ?? f.value;
        return elo != null && ehi != null && elo <= hi * 1.0001 && ehi >= lo * 0.9999;
      });
    } else {
      const d = dates.get(m.ref)!;
      right = gold.dates.some(
        (g) => overlap(m.text, g.text) && (g.start == null || (d.start ?? '').startsWith(g.start)),
      );
    }
    out.push({ kind: m.kind, rule: m.rule, confidence: m.confidence, right });
  }
  const claims = article.sections.flatMap((s) => s.claims);
  for (const g of gold.claims) {
    const key = norm(g.sentence).slice(0, 30);
    const c = claims.find((x) => norm(x.text).startsWith(key));
    if (c) out.push({ kind: 'claim', rule: c.rule, confidence: c.confidence, right: c.kind === g.kind });
  }
  return out;
}

const BANDS = [0, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 1.0001];
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '-');

function table(all: Judged[]): string {
  const rows = ['| confidence | count | right |', '| ---------- | ----: | ----: |'];
  for (let i = 0; i < BANDS.length - 1; i++) {
    const inBand = all.filter((j) => j.confidence >= BANDS[i]! && j.confidence < BANDS[i + 1]!);
    const label = `${BANDS[i]!.toFixed(1)}–${Math.min(1, BANDS[i + 1]!).toFixed(1)}`;
    rows.push(`| ${label} | ${inBand.length} | ${pct(inBand.filter((j) => j.right).length, inBand.length)} |`);
  }
  const sure = all.filter((j) => j.confidence >= 0.8);
  rows.push(`| **≥ 0.8** | ${sure.length} | ${pct(sure.filter((j) => j.right).length, sure.length)} |`);
  return rows.join('\n');
}

function byRule(all: Judged[]): string {
  const rules = new Map<string, Judged[]>();
  for (const j of all) rules.set(j.rule, [...(rules.get(j.rule) ?? []), j]);
  const rows = ['| rule | confidence | count | right |', '| ---- | ---------: | ----: | ----: |'];
  for (const [rule, js] of [...rules].sort((a, b) => a[0].localeCompare(b[0]))) {
    const conf = [...new Set(js.map((j) => j.confidence))].join(', ');
    rows.push(`| ${rule} | ${conf} | ${js.length} | ${pct(js.filter((j) => j.right).length, js.length)} |`);
  }
  return rows.join('\n');
}

if (import.meta.main) {
  if (!existsSync(dir)) {
    console.error(`no dev set at ${dir}`);
    process.exit(2);
  }
  const all: Judged[] = [];
  for (const g of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    const base = g.slice(0, -'.gold.json'.length);
    const file = ['.md', '.txt'].map((e) => join(dir, base + e)).find((f) => existsSync(f))!;
    const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
    all.push(...judge(buildArticle(readArticle(file, readFileSync(file)), []), gold));
  }
  if (args.includes('--json')) console.log(JSON.stringify(all));
  else {
    for (const kind of ['mentions', 'claim']) {
      const some = all.filter((j) => (kind === 'claim' ? j.kind === 'claim' : j.kind !== 'claim'));
      console.log(`\n### ${kind === 'claim' ? 'Claims' : 'Mentions'} (${some.length})\n\n${table(some)}`);
    }
    console.log(`\n### All annotations (${all.length})\n\n${table(all)}\n\n### By rule\n\n${byRule(all)}`);
  }
}
