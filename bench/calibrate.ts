// Calibration of `confidence`: for each confidence band and each rule, how many annotations there
// are and the share that are right, on hand-annotated texts.
// Usage: npm run calibrate [-- <folder>…] [--write] [--json]
//   folders: default ../shared/eval/dev (the dev set); bench/heldout checks the calibration on
//   texts the confidences were not made from.
//   --write: rebuilds src/extract/rule-confidence.json from the folders: each rule's share of right
//   annotations, shrunk toward 0.5 (shrinkConfidence). Run it after changing a rule.
// It measures; it never fails.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shrinkConfidence } from '../src/extract/rule-confidence.ts';
import { judgeFolder, type Judged } from './dev-set.ts';

const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('--'));
const dirs = (folders.length ? folders : ['../shared/eval/dev']).map((d) => resolve(d));

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

/** Each rule's share of right annotations, shrunk toward 0.5, in rule order: the confidence table. */
export function confidenceTable(all: Judged[]): Record<string, number> {
  const rules = new Map<string, { right: number; n: number }>();
  for (const j of all) {
    if (j.rule === 'curated') continue;
    const r = rules.get(j.rule) ?? { right: 0, n: 0 };
    r.n++;
    if (j.right) r.right++;
    rules.set(j.rule, r);
  }
  return Object.fromEntries(
    [...rules].sort((a, b) => a[0].localeCompare(b[0])).map(([rule, r]) => [rule, shrinkConfidence(r.right, r.n)]),
  );
}

if (import.meta.main) {
  const all = dirs.flatMap((d) => judgeFolder(d));
  if (args.includes('--write')) {
    const path = new URL('../src/extract/rule-confidence.json', import.meta.url);
    writeFileSync(path, `${JSON.stringify(confidenceTable(all), null, 2)}\n`);
    console.log(`wrote ${path.pathname} from ${all.length} annotations`);
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
