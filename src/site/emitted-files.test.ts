import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('should leave unread, and not make again, a file recorded by the last build under the same key', async () => {
    const [dir, cache] = [out(), out()];
    const record = join(cache, 'emitted.json');
    let made = 0;
    const card = (bytes: number[]) => () => (made++, new Uint8Array(bytes));
    emitFiles([
      ['og/a.png', card([1]), 'key-a'],
      ['og/b.png', card([2]), 'key-b'],
      ['og/c.png', card([3]), 'key-c'],
    ]);
    await writeEmittedFiles(dir, { record });
    expect(made).toBe(3);
    const dated = (f: string) => statSync(join(dir, f)).mtimeMs;
    const [a, b] = [dated('og/a.png'), dated('og/b.png')];
    // b was changed in the output folder since; c has a new key (its card changed).
    writeFileSync(join(dir, 'og/b.png'), new Uint8Array([9, 9]));
    made = 0;
    emitFiles([
      ['og/a.png', card([1]), 'key-a'],
      ['og/b.png', card([2]), 'key-b'],
      ['og/c.png', card([4]), 'key-c2'],
    ]);
    await writeEmittedFiles(dir, { record });
    expect(made, 'only b and c are made again').toBe(2);
    expect(dated('og/a.png')).toBe(a);
    expect([...readFileSync(join(dir, 'og/b.png'))]).toEqual([2]);
    expect(dated('og/b.png')).not.toBe(b);
    expect([...readFileSync(join(dir, 'og/c.png'))]).toEqual([4]);
    // Another output folder: the record says nothing of it, so everything is made and written there.
    const other = out();
    made = 0;
    emitFiles([['og/a.png', card([1]), 'key-a']]);
    await writeEmittedFiles(other, { record });
    expect(made).toBe(1);
    expect([...readFileSync(join(other, 'og/a.png'))]).toEqual([1]);
  });

  it('should record files registered without a key by their bytes', async () => {
    const [dir, cache] = [out(), out()];
    const record = join(cache, 'emitted.json');
    emitFiles([['oembed/a.json', () => '{"v":1}']]);
    await writeEmittedFiles(dir, { record });
    const date = statSync(join(dir, 'oembed/a.json')).mtimeMs;
    emitFiles([['oembed/a.json', () => '{"v":1}']]);
    await writeEmittedFiles(dir, { record });
    expect(statSync(join(dir, 'oembed/a.json')).mtimeMs).toBe(date);
    emitFiles([['oembed/a.json', () => '{"v":2}']]);
    await writeEmittedFiles(dir, { record });
    expect(readFileSync(join(dir, 'oembed/a.json'), 'utf8')).toBe('{"v":2}');
  });
});
