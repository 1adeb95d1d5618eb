import { existsSync, globSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each folder's README says what the folder may import from the rest of `src/`, in one of these
// sentences (the README is the rule; this test holds the code to it):
//   "May import `model` and `segment`."        values and types from those folders
//   "May import `model` and `read` types."     `read` only through `import type`
//   "Imports nothing from the project."        (also "it imports nothing")
//   "Anything may import it"                   (no rule on who imports it)
//   "Nothing here is imported by the site."    no other folder may import it
const SRC = import.meta.dirname;

interface Rule {
  allowed: Map<string, 'all' | 'types'>;
  importedByNone: boolean;
  importedByAll: boolean;
}

/** Reads a folder's import rule from its README, or `undefined` when the README states none. */
export function readRule(readme: string): Rule | undefined {
  const text = readme.replace(/\s+/g, ' ');
  const importedByNone = /Nothing here is imported by/.test(text);
  const importedByAll = /Anything may import it/.test(text);
  if (/\b[Ii]mports nothing\b/.test(text)) return { allowed: new Map(), importedByNone, importedByAll };
  const stated = /\bMay import ([^.]+)\./.exec(text)?.[1];
  if (!stated) return undefined;
  const allowed = new Map<string, 'all' | 'types'>();
  for (const [, name, types] of stated.matchAll(/`([\w-]+)`( types)?/g)) allowed.set(name!, types ? 'types' : 'all');
  return { allowed, importedByNone, importedByAll };
}

/** Lists a source file's imports of other `src/` folders: the folder, and whether only types are imported. */
export function folderImports(file: string, code: string): { folder: string; typeOnly: boolean; spec: string }[] {
  const found: { folder: string; typeOnly: boolean; spec: string }[] = [];
  const statements =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;'"]*?\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(statements)) {
    const spec = m[3] ?? m[4]!;
    if (!spec.startsWith('.')) continue;
    const target = relative(SRC, resolve(dirname(file), spec));
    const [folder, ...rest] = target.split(sep);
    if (!folder || folder.startsWith('..') || rest.length === 0) continue;
    found.push({ folder, typeOnly: !!m[2], spec });
  }
  return found;
}

const folders = readdirSync(SRC).filter(
  (d) => statSync(join(SRC, d)).isDirectory() && existsSync(join(SRC, d, 'README.md')),
);
const sources = (folder: string) =>
  globSync('**/*.{ts,astro}', { cwd: join(SRC, folder) })
    .filter((f) => !f.endsWith('.test.ts') && !f.split(sep).includes('__fixtures__'))
    .map((f) => join(SRC, folder, f));

// Imports that break their folder's rule today and that issue 10's restructuring of `link/`
// removes. An entry that no longer breaks the rule fails the test: delete it then.
const KNOWN: string[] = [];

describe('import boundaries', () => {
  it('should find an import rule in every folder README', () => {
    const missing = folders.filter((d) => !readRule(readFileSync(join(SRC, d, 'README.md'), 'utf8')));
    expect(missing.map((d) => `src/${d}/README.md: say what it may import, e.g. "May import \`model\`."`)).toEqual([]);
  });

  it('should keep every folder to the imports its README allows', () => {
    const broken: string[] = [];
    const open = new Set(
      folders.filter((d) => readRule(readFileSync(join(SRC, d, 'README.md'), 'utf8'))?.importedByAll),
    );
    for (const folder of folders) {
      const rule = readRule(readFileSync(join(SRC, folder, 'README.md'), 'utf8'));
      if (!rule) continue;
      for (const file of sources(folder)) {
        for (const i of folderImports(file, readFileSync(file, 'utf8'))) {
          const allowed = i.folder === folder || open.has(i.folder) || rule.allowed.get(i.folder);
          if (allowed === true || allowed === 'all' || (allowed === 'types' && i.typeOnly)) continue;
          const why = allowed === 'types' ? `${i.folder}: types only` : i.folder;
          broken.push(`${relative(SRC, file)} imports ${i.spec} (${why})`);
        }
      }
    }
    for (const folder of folders) {
      if (!readRule(readFileSync(join(SRC, folder, 'README.md'), 'utf8'))?.importedByNone) continue;
      for (const other of readdirSync(SRC).filter((d) => d !== folder && statSync(join(SRC, d)).isDirectory())) {
        for (const file of sources(other)) {
          for (const i of folderImports(file, readFileSync(file, 'utf8'))) {
            if (i.folder === folder)
              broken.push(`${relative(SRC, file)} imports ${i.spec} (nothing may import ${folder})`);
          }
        }
      }
    }
    expect(broken.filter((b) => !KNOWN.includes(b))).toEqual([]);
    expect(
      KNOWN.filter((k) => !broken.includes(k)),
      'fixed: remove from KNOWN',
    ).toEqual([]);
  });

  it.each([
    ['May import `model` and `segment`.', { model: 'all', segment: 'all' }],
    ['May import `model`, `read` types and `extract` types.', { model: 'all', read: 'types', extract: 'types' }],
    ['Imports nothing from the project; everything may import it.', {}],
    ['Anything may import it; it imports nothing.', {}],
  ])('should read the rule of %j', (readme, allowed) => {
    expect(Object.fromEntries(readRule(readme)!.allowed)).toEqual(allowed);
  });

  it('should tell type-only imports from value imports, and ignore packages', () => {
    const file = join(SRC, 'link', 'x.ts');
    const code = [
      "import type { A } from '../read/read-context.ts';",
      "import { b, type C } from '../extract/extract-actors.ts';",
      "import { z } from 'zod';",
      "import { d } from './find-text.ts';",
      "export { e } from '../model/article.ts';",
      "const f = await import('../pipeline/build-article.ts');",
    ].join('\n');
    expect(folderImports(file, code).map((i) => [i.folder, i.typeOnly])).toEqual([
      ['read', true],
      ['extract', false],
      ['link', false],
      ['model', false],
      ['pipeline', false],
    ]);
  });
});
