// `node bench/calibrate-confidence.ts [folder] [--detail] [--write]`: calibrates each figure and date
// rule on hand-annotated texts (default: the shared dev set). A finding is right when it pairs with a
// gold item (the scorer's matching: same words, then containment, then shared words) and its value or
// start agrees. A rule's confidence is its share of right findings, shrunk toward 0.5 for small counts:
// (right + 1) / (n + 2). --write saves the table to src/extract/rule-confidence.json.
// It also prints figure and date recall / precision / value per text, faster than score.mjs.
// --fixtures adds the project's hand-annotated fixture op-eds (src/pipeline/__fixtures__/*.expected.yaml,
// figures without values), so each rule is calibrated on more than the dev set.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticleInput } from '../src/read/load-content.ts';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const detail = args.includes('--detail');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/dev');

const norm = (s: string) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[.,;:!?"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: string) => new Set(norm(s).split(' ').filter(Boolean));
const toks = (s: string) =>
  ` ${norm(s)
    .replace(/[-\u2010-\u2015/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
const overlap = (a: string, b: string) => {
  const x = toks(a);
  const y = toks(b);
  if (!x.trim() || !y.trim()) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const A = words(a);
  const B = words(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.max(1, Math.min(A.size, B.size)) >= 0.5 && n >= 1;
};

interface Got {
  text: string;
  rule: string;
  value?: number | null;
  low?: number;
  high?: number;
  start?: string | null;
}
type Gold = { text: string; value?: number | [number, number] | null; start?: string | null };

const figOk = (e: Got, g: Gold) => {
  if (g.value == null) return true;
  const [lo, hi] = Array.isArray(g.value) ? g.value : [g.value, g.value];
  const elo = e.low ?? e.value;
  const ehi = e.high ?? e.value;
  if (elo == null && ehi == null) return false;
  return (elo ?? ehi)! <= hi * 1.0001 && (ehi ?? elo)! >= lo * 0.9999;
};
const dateOk = (e: Got, g: Gold) => g.start == null || String(e.start ?? '').startsWith(g.start);

/** Pairs gold and found items as the scorer does; returns the gold index paired with each found item. */
function pair(gold: Gold[], got: Got[], ok: (e: Got, g: Gold) => boolean): Map<number, number> {
  const used = new Map<number, number>();
  const paired = new Set<number>();
  const tiers = [
    (a: string, b: string) => toks(a) === toks(b),
    (a: string, b: string) => toks(a).includes(toks(b)) || toks(b).includes(toks(a)),
    overlap,
  ];
  for (const same of tiers)
    gold.forEach((g, i) => {
      if (paired.has(i)) return;
      let j = got.findIndex((e, k) => !used.has(k) && same(e.text, g.text) && ok(e, g));
      if (j < 0) j = got.findIndex((e, k) => !used.has(k) && same(e.text, g.text));
      if (j >= 0) {
        used.set(j, i);
        paired.add(i);
      }
    });
  return used;
}

const tally = new Map<string, { n: number; right: number }>();
const count = (rule: string, right: boolean) => {
  const t = tally.get(rule) ?? { n: 0, right: 0 };
  t.n++;
  if (right) t.right++;
  tally.set(rule, t);
};
const fmt = (x: number) => x.toFixed(2).padStart(6);
const sums = [0, 0, 0, 0, 0, 0];
let texts = 0;
console.log(`${'text'.padEnd(36)}  fig R  fig P  f val date R date P  d val`);
const sources: { base: string; file: string; gold: { figures?: Gold[]; dates?: Gold[] } }[] = [];
for (const g of readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const base = g.slice(0, -'.gold.json'.length);
  const file = ['.md', '.txt'].map((e) => join(dir, base + e)).find((f) => existsSync(f));
  if (file) sources.push({ base, file, gold: JSON.parse(readFileSync(join(dir, g), 'utf8')) });
}
if (args.includes('--fixtures')) {
  const fixtures = 'src/pipeline/__fixtures__';
  for (const y of readdirSync(fixtures).filter((f) => f.endsWith('.expected.yaml'))) {
    const base = y.slice(0, -'.expected.yaml'.length);
    const file = [`${fixtures}/articles`, 'content/articles']
      .flatMap((d) => ['.md', '.txt'].map((e) => join(d, base + e)))
      .find((f) => existsSync(f));
    if (!file) continue;
    const raw = parse(readFileSync(join(fixtures, y), 'utf8')) as { figures?: (string | Gold)[]; dates?: Gold[] };
    const figures = (raw.figures ?? []).map((f) => (typeof f === 'string' ? { text: f } : f));
    sources.push({ base: `fixture ${base}`, file, gold: { figures, dates: raw.dates ?? [] } });
  }
}
for (const { base, file, gold } of sources) {
  const input = readArticleInput(file, { contexts: [], text: '' });
  const article = buildArticle(input.source, input.contexts);
  const figs = new Map(article.figures.map((f) => [f.id, f]));
  const dts = new Map(article.dates.map((d) => [d.id, d]));
  const mentions = article.sections.flatMap((s) => s.mentions);
  const gotF: Got[] = mentions
    .filter((m) => m.kind === 'figure')
    .map((m) => ({ ...figs.get(m.ref)!, text: m.text, rule: m.rule }));
  const gotD: Got[] = mentions
    .filter((m) => m.kind === 'date')
    .map((m) => ({ ...dts.get(m.ref)!, text: m.text, rule: m.rule }));
  const row: number[] = [];
  const lines: string[] = [];
  for (const [kind, goldItems, got, ok] of [
    ['figures', gold.figures ?? [], gotF, figOk],
    ['dates', gold.dates ?? [], gotD, dateOk],
  ] as const) {
    const paired = pair(goldItems, got, ok);
    got.forEach((e, k) => {
      const i = paired.get(k);
      count(e.rule, i !== undefined && ok(e, goldItems[i]!));
      if (i !== undefined && !ok(e, goldItems[i]!))
        lines.push(
          `  ${kind} value: "${e.text}" ${JSON.stringify(kind === 'dates' ? e.start : [e.value, e.low, e.high])} gold ${JSON.stringify(kind === 'dates' ? goldItems[i]!.start : goldItems[i]!.value)} (${e.rule})`,
        );
      if (i === undefined) lines.push(`  ${kind} extra: "${e.text}" (${e.rule})`);
    });
    const hit = new Set(paired.values());
    goldItems.forEach((gi, i) => hit.has(i) || lines.push(`  ${kind} missed: "${gi.text}"`));
    const valOk = [...paired].filter(([k, i]) => ok(got[k]!, goldItems[i]!)).length;
    const prec = got.filter((e) => goldItems.some((gi) => overlap(e.text, gi.text))).length;
    row.push(
      goldItems.length ? hit.size / goldItems.length : 1,
      got.length ? prec / got.length : goldItems.length ? 0 : 1,
      goldItems.length ? valOk / goldItems.length : 1,
    );
  }
  row.forEach((x, i) => (sums[i]! += x));
  texts++;
  console.log(`${base.slice(0, 36).padEnd(36)} ${row.map(fmt).join(' ')}`);
  if (detail) for (const l of lines) console.log(l);
}
console.log(`${`mean of ${texts}`.padEnd(36)} ${sums.map((s) => fmt(s / texts)).join(' ')}`);

const table = Object.fromEntries(
  [...tally]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, { n, right }]) => [rule, { n, right, confidence: Math.round(((right + 1) / (n + 2)) * 100) / 100 }]),
);
console.log('\n| rule | findings | right | confidence |\n| --- | ---: | ---: | ---: |');
for (const [rule, t] of Object.entries(table)) console.log(`| ${rule} | ${t.n} | ${t.right} | ${t.confidence} |`);
if (args.includes('--write')) {
  const out = Object.fromEntries(Object.entries(table).map(([r, t]) => [r, t.confidence]));
  writeFileSync('src/extract/rule-confidence.json', `${JSON.stringify(out, null, 2)}\n`);
}
