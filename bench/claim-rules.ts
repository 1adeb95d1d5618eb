// `node bench/claim-rules.ts [folder] [--detail]`: how each claim rule does on hand-annotated texts.
// For every NAME.gold.json (default folder: ../shared/eval/dev) it extracts NAME.md or NAME.txt,
// pairs each gold sentence with the extracted claim that starts like it (as the shared scorer does),
// and prints per text the share of kinds right, the confusions, and per rule how often it was right:
// the `confidence` each rule should carry, shrunk toward 0.5 where the rule decided few sentences.
// `--table` prints that column as the RULE_CONFIDENCE entries of src/extract/claim-confidence.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticleInput } from '../src/read/load-content.ts';
import { shrinkConfidence } from '../src/extract/claim-confidence.ts';

const args = process.argv.slice(2);
const detail = args.includes('--detail');
const table = args.includes('--table');
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

interface Row {
  text: string;
  gold: string;
  got: string;
  rule: string;
  cue: string;
  sentence: string;
}
const rows: Row[] = [];
const perText: string[] = [];
for (const g of readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const base = g.slice(0, -'.gold.json'.length);
  const file = ['.md', '.txt'].map((e) => join(dir, base + e)).find((f) => existsSync(f));
  if (!file) continue;
  const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as { claims: { sentence: string; kind: string }[] };
  const input = readArticleInput(file, { contexts: [], text: '' });
  const claims = buildArticle(input.source, input.contexts).sections.flatMap((s) => s.claims);
  let right = 0;
  for (const gc of gold.claims) {
    const key = norm(gc.sentence).slice(0, 30);
    const c = claims.find((x) => norm(x.text).startsWith(key));
    const row = {
      text: base,
      gold: gc.kind,
      got: c?.kind ?? 'none',
      rule: c?.rule ?? 'none',
      cue: c?.cue ?? '',
      sentence: c?.text ?? gc.sentence,
    };
    rows.push(row);
    if (row.got === row.gold) right++;
  }
  perText.push(`| ${base} | ${gold.claims.length} | ${(right / gold.claims.length).toFixed(2)} |`);
}

console.log('| text | sentences | kinds |\n| --- | ---: | ---: |');
console.log(perText.join('\n'));
const texts = perText.map((l) => Number(l.split('|')[3]));
console.log(
  `| mean of ${texts.length} | ${rows.length} | ${(texts.reduce((a, b) => a + b, 0) / texts.length).toFixed(2)} |`,
);

const kinds = ['fact', 'forecast', 'recommendation', 'opinion'];
console.log('\ngold (rows) -> model (columns), all sentences');
console.log(`| gold | ${kinds.join(' | ')} |\n| --- |${kinds.map(() => ' ---: |').join('')}`);
for (const k of kinds) {
  const n = (j: string) => rows.filter((r) => r.gold === k && r.got === j).length;
  console.log(`| ${k} | ${kinds.map(n).join(' | ')} |`);
}

const rules = [...new Set(rows.map((r) => r.rule))].sort();
console.log('\n| rule | kind | decided | right | share | confidence |\n| --- | --- | ---: | ---: | ---: | ---: |');
for (const rule of rules) {
  const mine = rows.filter((r) => r.rule === rule);
  const right = mine.filter((r) => r.got === r.gold).length;
  const kind = [...new Set(mine.map((r) => r.got))].join('/');
  console.log(
    `| ${rule} | ${kind} | ${mine.length} | ${right} | ${(right / mine.length).toFixed(2)} | ${shrinkConfidence(right, mine.length).toFixed(2)} |`,
  );
}

if (table) {
  console.log('\nexport const RULE_CONFIDENCE: Record<string, number> = {');
  for (const rule of rules.filter((r) => r !== 'none')) {
    const mine = rows.filter((r) => r.rule === rule);
    console.log(`  '${rule}': ${shrinkConfidence(mine.filter((r) => r.got === r.gold).length, mine.length)},`);
  }
  console.log('};');
}

if (detail) {
  console.log('\nwrong: gold -> model  rule [cue]  sentence');
  for (const r of rows.filter((x) => x.got !== x.gold))
    console.log(`${r.gold} -> ${r.got}  ${r.rule} [${r.cue}]  ${r.text.slice(0, 12)}: ${r.sentence}`);
}
