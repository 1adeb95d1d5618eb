// The hand-annotated texts (the shared dev set, bench/heldout) and how an annotation is judged
// right against them: the matching of ../shared/eval/extract-eval.mjs, for the benchmarks.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { readArticle } from '../src/read/read-article.ts';
import type { Article } from '../src/model/article.ts';

export interface Gold {
  actors: { name: string; surface?: string[] }[];
  figures: { text: string; value: number | [number, number] | null }[];
  dates: { text: string; start: string | null }[];
  claims: { sentence: string; kind: string }[];
}
/** One annotation and whether the gold agrees with it. */
export interface Judged {
  kind: string;
  rule: string;
  confidence: number;
  right: boolean;
}

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

/** Builds every annotated text of a folder (`NAME.md|txt` beside `NAME.gold.json`) and judges it. */
export function judgeFolder(dir: string): Judged[] {
  if (!existsSync(dir)) throw new Error(`no annotated texts at ${dir}`);
  const all: Judged[] = [];
  for (const g of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    const base = g.slice(0, -'.gold.json'.length);
    const file = ['.md', '.txt'].map((e) => join(dir, base + e)).find((f) => existsSync(f));
    if (!file) continue;
    const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
    all.push(...judge(buildArticle(readArticle(file, readFileSync(file)), []), gold));
  }
  return all;
}
