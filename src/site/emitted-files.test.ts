import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitFiles, emittedFiles, writeEmittedFiles } from './emitted-files.ts';

const out = () => mkdtempSync(join(tmpdir(), 'gloss-emit-'));

describe('emitted files', () => {
  it('should write every registered file under the output folder, once, and list them', async () => {
    const dir = out();
    emitFiles([
      ['og/a/one.png', () => new Uint8Array([1, 2, 3])],
      ['/oembed/a/index.json', async () => '{"type":"rich"}'],
    ]);
    const written = await writeEmittedFiles(dir);
    expect(written.sort()).toEqual([join(dir, 'oembed/a/index.json'), join(dir, 'og/a/one.png')]);
    expect([...readFileSync(join(dir, 'og/a/one.png'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, 'oembed/a/index.json'), 'utf8')).toBe('{"type":"rich"}');
    expect(emittedFiles()).toEqual(written);
    // Forgotten once written: the next build registers its own.
    expect(await writeEmittedFiles(dir)).toEqual([]);
  });

  it('should leave a file that already holds the same bytes, and rewrite one that does not', async () => {
    const dir = out();
    emitFiles([
      ['same.json', () => 'same'],
      ['changed.json', () => 'old'],
    ]);
    await writeEmittedFiles(dir);
    const past = new Date(Math.floor(Date.now() / 1000 - 60) * 1000); // whole seconds: file times are not exact in ms
    for (const f of ['same.json', 'changed.json']) utimesSync(join(dir, f), past, past);
    emitFiles([
      ['same.json', () => 'same'],
      ['changed.json', () => 'new'],
    ]);
    expect((await writeEmittedFiles(dir)).length).toBe(2);
    expect(Math.round(statSync(join(dir, 'same.json')).mtimeMs)).toBe(past.getTime());
    expect(readFileSync(join(dir, 'changed.json'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'changed.json')).mtimeMs).toBeGreaterThan(past.getTime());
  });

  it('should fail the build with the error of a file that cannot be made', async () => {
    const dir = out();
    emitFiles([['broken.png', () => Promise.reject(new Error('the card could not be drawn'))]]);
    await expect(writeEmittedFiles(dir)).rejects.toThrow('the card could not be drawn');
  });
});
