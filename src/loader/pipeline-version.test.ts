import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
