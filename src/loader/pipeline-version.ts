import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
// The folders whose code turns content into a model.
const PIPELINE = ['model', 'read', 'segment', 'extract', 'link', 'pipeline'];

/** Names the packages code imports at run time: type-only imports and `node:` built-ins aside. */
export function importedPackages(sources: string[]): string[] {
  const names = new Set<string>();
  const imports = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const text of sources) {
    for (const [, spec] of text.matchAll(imports)) {
      if (spec!.startsWith('.') || spec!.startsWith('/') || spec!.startsWith('node:')) continue;
      const parts = spec!.split('/');
      names.add(spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return [...names].sort();
}

/** Reads the version of an installed package, looking in `node_modules` from `from` upwards. */
export function installedVersion(name: string, from: string = SRC): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'missing';
  }
}

/**
 * Hashes the pipeline's own code (with its data tables) and the versions of the packages it runs (compromise, chrono-node…),
 * so a changed extractor or an upgraded dependency re-extracts, and nothing else ever does.
 */
export function pipelineVersion(src: string = SRC, versionOf: (name: string) => string = installedVersion): string {
  const hash = createHash('sha256');
  const sources: string[] = [];
  for (const dir of PIPELINE) {
    // Sub-folders too (extract/actors), and the data tables the code reads (rule confidences).
    for (const f of globSync('**/*.{ts,json}', { cwd: join(src, dir) })
      .filter((f) => !f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('__fixtures__'))
      .sort()) {
      const text = readFileSync(join(src, dir, f), 'utf8');
      sources.push(text);
      hash.update(`${dir}/${f}\0`).update(text);
    }
  }
  for (const name of importedPackages(sources)) hash.update(`\0${name}@${versionOf(name)}`);
  return hash.digest('hex').slice(0, 16);
}
