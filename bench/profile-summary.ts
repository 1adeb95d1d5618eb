// Summarises a V8 CPU profile (`node --cpu-prof`) of a build: self time per area (an npm
// package, a folder of src/, a chunk of the built pages, or V8 itself), largest first.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Names the area a stack frame's script belongs to, e.g. `compromise` or `src/pipeline`. */
export function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(node internals)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/src\/([^/]+)\//.exec(url);
  if (src) return `src/${src[1]}`;
  const chunk =
    /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(url) ??
    /\/(chunks\/[^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(url);
  if (chunk) return `built: ${chunk[1]}`;
  if (url.startsWith('node:')) return '(node internals)';
  return url.replace(/^file:\/\//, '').replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
}

/** Returns self milliseconds per area, and per function within the areas, largest first. */
export function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const fn = `${area}: ${functionName || '(anonymous)'}:${lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  const total = [...areas.values()].reduce((a, b) => a + b, 0);
  return { total, areas: sorted(areas), functions: sorted(fns) };
}

if (import.meta.main) {
  const { total, areas, functions } = summarise(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile);
  console.log(`| area | self ms | share |\n| --- | ---: | ---: |`);
  for (const [a, ms] of areas.slice(0, Number(process.argv[3] ?? 25)))
    console.log(`| ${a} | ${ms.toFixed(0)} | ${((ms / total) * 100).toFixed(1)}% |`);
  console.log(`\ntotal ${total.toFixed(0)} ms\n\n| function | self ms |\n| --- | ---: |`);
  for (const [f, ms] of functions.slice(0, 30)) console.log(`| ${f} | ${ms.toFixed(0)} |`);
}
