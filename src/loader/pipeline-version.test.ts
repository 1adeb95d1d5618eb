import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importedPackages, installedVersion, pipelineVersion } from './pipeline-version.ts';

const pinned =
  (overrides: Record<string, string> = {}) =>
  (name: string) =>
    overrides[name] ?? '1.0.0';

describe('pipelineVersion', () => {
  it('should change when an extraction dependency is upgraded, so cached models are extracted again', () => {
    const before = pipelineVersion(undefined, pinned());
    for (const name of ['compromise', 'chrono-node', 'world-countries', 'parse-english']) {
      expect(pipelineVersion(undefined, pinned({ [name]: '1.0.1' })), name).not.toBe(before);
    }
  });

  it('should stay the same when nothing the pipeline runs changed', () => {
    expect(pipelineVersion(undefined, pinned())).toBe(pipelineVersion(undefined, pinned()));
    // A package the pipeline does not import (the site's image renderer) is not part of it.
    expect(pipelineVersion(undefined, pinned({ '@napi-rs/canvas': '9.9.9' }))).toBe(
      pipelineVersion(undefined, pinned()),
    );
  });

  it('should change with any code or data table of the pipeline, in sub-folders too, and with nothing else', () => {
    const src = mkdtempSync(join(tmpdir(), 'gloss-version-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    };
    write('model/article.ts', 'export const a = 1;');
    write('extract/actors/rules.ts', 'export const rule = 1;');
    write('extract/rule-confidence.json', '{"a": 0.9}');
    write('extract/classify.test.ts', 'test');
    write('segment/__fixtures__/input.ts', 'fixture');
    write('site/page.ts', 'export const page = 1;');
    const version = () => pipelineVersion(src, pinned());
    let last = version();
    const changes = (path: string, text: string) => {
      write(path, text);
      const next = version();
      const changed = next !== last;
      last = next;
      return changed;
    };
    expect(changes('extract/actors/rules.ts', 'export const rule = 2;'), 'code in a sub-folder').toBe(true);
    expect(changes('extract/rule-confidence.json', '{"a": 0.8}'), 'a data table').toBe(true);
    expect(changes('model/article.ts', 'export const a = 2;'), 'the model').toBe(true);
    expect(changes('extract/classify.test.ts', 'changed test'), 'a test').toBe(false);
    expect(changes('segment/__fixtures__/input.ts', 'changed fixture'), 'a fixture').toBe(false);
    expect(changes('site/page.ts', 'export const page = 2;'), 'the site').toBe(false);
  });

  it('should read the versions actually installed', () => {
    const manifest = JSON.parse(readFileSync('node_modules/compromise/package.json', 'utf8'));
    expect(installedVersion('compromise')).toBe(manifest.version);
    expect(installedVersion('no-such-package-gloss')).toBe('missing');
  });
});

describe('importedPackages', () => {
  it.each([
    ["import nlp from 'compromise/two';", ['compromise']],
    ["import * as chrono from 'chrono-node';", ['chrono-node']],
    ["import { a,\n  b } from '@scope/pkg/sub';", ['@scope/pkg']],
    ["import 'side-effect';", ['side-effect']],
    ["export { x } from 'reexported';", ['reexported']],
    ["import type { Root } from 'mdast';", []],
    ["import { readFileSync } from 'node:fs';\nimport { x } from '../model/article.ts';", []],
  ])('should read %j as %j', (source, names) => {
    expect(importedPackages([source])).toEqual(names);
  });
});
