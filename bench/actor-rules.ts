// `node bench/actor-rules.ts [DIR]`: actor recall and precision per text of an annotated set (default
// ../shared/eval/dev, as the scorer counts them), and each actor rule's share of findings that name a
// gold actor, shrunk toward 0.5 for rules with few findings: the `confidence` to write in the rule table.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticle } from '../src/read/read-article.ts';

interface Gold {
  actors: { name: string; surface?: string[] }[];
}
const dir = process.argv[2] ?? '../shared/eval/dev';
// The scorer's normal form: case, quotes, possessives, a leading "the" and punctuation do not count.
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
// Rules with few findings say little: shrink their share toward 0.5 as if K findings were half right.
const K = 4;
const perRule = new Map<string, { n: number; ok: number }>();
const rows: string[] = [];
for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
  const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.(md|txt)$/, '.gold.json')), 'utf8')) as Gold;
  const article = buildArticle(readArticle(file, readFileSync(join(dir, file))), []);
  const mentions = article.sections.flatMap((s) => s.mentions).filter((m) => m.kind === 'actor');
  const surfaces = new Map(article.actors.map((a) => [a.id, new Set([a.name, ...a.aliases].map(norm))]));
  for (const m of mentions) surfaces.get(m.ref)?.add(norm(m.text));
  const goldSurfaces = gold.actors.map((g) => new Set([g.name, ...(g.surface ?? [])].map(norm)));
  const hits = (s: Set<string>, g: Set<string>) => [...s].some((x) => g.has(x));
  const found = goldSurfaces.filter((g) => article.actors.some((a) => hits(surfaces.get(a.id)!, g))).length;
  const right = article.actors.filter((a) => goldSurfaces.some((g) => hits(surfaces.get(a.id)!, g))).length;
  const r = gold.actors.length ? found / gold.actors.length : 1;
  const p = article.actors.length ? right / article.actors.length : 1;
  rows.push(`${file.padEnd(42)} ${r.toFixed(2)}  ${p.toFixed(2)}`);
  for (const m of mentions) {
    const ok = goldSurfaces.some((g) => g.has(norm(m.text)));
    const c = perRule.get(m.rule) ?? { n: 0, ok: 0 };
    c.n++;
    if (ok) c.ok++;
    perRule.set(m.rule, c);
  }
}
console.log(`${'text'.padEnd(42)} act R act P\n${rows.join('\n')}\n`);
console.log('| rule | findings | gold | share | confidence |\n| --- | ---: | ---: | ---: | ---: |');
for (const [rule, { n, ok }] of [...perRule].sort((a, b) => b[1].n - a[1].n)) {
  const shrunk = (ok + 0.5 * K) / (n + K);
  console.log(`| ${rule} | ${n} | ${ok} | ${(ok / n).toFixed(2)} | ${shrunk.toFixed(2)} |`);
}
