import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRemoved, pruneStale } from './prune-output.ts';

describe('pruneStale', () => {
  it('should remove old files this build did not list, and the folders they leave empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-prune-'));
    const since = Date.now() - 10_000;
    const file = (path: string, age: 'old' | 'new') => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
      const t = (age === 'old' ? since - 60_000 : since + 1_000) / 1000;
      utimesSync(join(dir, path), t, t);
      return join(dir, path);
    };
    const keptOld = file('kept/index.html', 'old'); // a page Astro left in place
    file('new/index.html', 'new'); // written by this build
    file('gone/deep/index.html', 'old'); // a deleted article's page
    file('mixed/old.json', 'old');
    file('mixed/new.json', 'new');
    file('.git/HEAD', 'old');
    const removed = pruneStale(dir, new Set([keptOld]), since);
    expect(removed.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['gone/deep/index.html', 'mixed/old.json']);
    expect(
      ['kept/index.html', 'new/index.html', 'mixed/new.json', '.git/HEAD'].map((p) => existsSync(join(dir, p))),
    ).toEqual([true, true, true, true]);
    expect(existsSync(join(dir, 'gone'))).toBe(false);
  });
});

describe('describeRemoved', () => {
  it('should count what was removed by top-level folder, largest first, and say the search index is written again', () => {
    const dir = join('/site', 'dist');
    const removed = [
      join(dir, 'pagefind', 'fragment', 'a.pf_fragment'),
      join(dir, 'pagefind', 'index', 'b.pf_index'),
      join(dir, 'old-op-ed', 'index.html'),
      join(dir, 'stale.xml'),
      join(dir, 'pagefind', 'pagefind.js'),
    ];
    expect(describeRemoved(dir, removed)).toBe(
      'removed 5 file(s) an earlier build left (pagefind/ 3, old-op-ed/ 1, stale.xml 1; `npm run index` writes the search index again)',
    );
    expect(describeRemoved(dir, [join(dir, 'old-op-ed', 'index.html')])).toBe(
      'removed 1 file(s) an earlier build left (old-op-ed/ 1)',
    );
  });
});
