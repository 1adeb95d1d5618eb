import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitFiles, emitInto, emittedFiles, unchangedOutput, writeEmittedFiles } from './emitted-files.ts';

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
    let made: string[] = [];
    const card = (name: string, bytes: number[]) => () => (made.push(name), new Uint8Array(bytes));
    const register = (c: number[]) =>
      emitFiles([
        ['og/a.png', card('a', [1, 1]), 'key-a'],
        ['og/b.png', card('b', [2, 2]), 'key-b'],
        ['og/c.png', card('c', c), c[0] === 3 ? 'key-c' : 'key-c2'],
      ]);
    register([3, 3]);
    await writeEmittedFiles(dir, { record });
    expect(made.sort()).toEqual(['a', 'b', 'c']);
    const at = (f: string) => join(dir, f);
    const dated = (f: string) => statSync(at(f)).mtimeMs;
    // b is dated to a whole second (a date `utimes` can set back exactly), and recorded so.
    const second = new Date(Math.floor(Date.now() / 1000 - 60) * 1000);
    utimesSync(at('og/b.png'), second, second);
    register([3, 3]);
    await writeEmittedFiles(dir, { record });
    const a = dated('og/a.png');
    // Then b is changed in the output folder, to bytes of the same size, its date set back as
    // `cp -p` or `touch -r` would; and c gets a new key (its card changed).
    writeFileSync(at('og/b.png'), new Uint8Array([9, 9]));
    utimesSync(at('og/b.png'), second, second);
    made = [];
    register([4, 4]);
    await writeEmittedFiles(dir, { record });
    expect(made.sort(), 'only b and c are made again').toEqual(['b', 'c']);
    expect(dated('og/a.png')).toBe(a);
    expect([...readFileSync(at('og/b.png'))]).toEqual([2, 2]);
    expect([...readFileSync(at('og/c.png'))]).toEqual([4, 4]);
    // Another output folder, holding other bytes of the same size: the record says nothing of it.
    const other = out();
    mkdirSync(join(other, 'og'));
    writeFileSync(join(other, 'og/a.png'), new Uint8Array([7, 7]));
    made = [];
    emitFiles([['og/a.png', card('a', [1, 1]), 'key-a']]);
    await writeEmittedFiles(other, { record });
    expect(made).toEqual(['a']);
    expect([...readFileSync(join(other, 'og/a.png'))]).toEqual([1, 1]);
  });

  it('should keep the last record when a build fails midway, so what it wrote is checked again', async () => {
    const [dir, cache] = [out(), out()];
    const record = join(cache, 'emitted.json');
    emitFiles([['og/a.png', () => new Uint8Array([1]), 'key-a']]);
    await writeEmittedFiles(dir, { record });
    const kept = readFileSync(record, 'utf8');
    emitFiles([
      ['og/a.png', () => new Uint8Array([2]), 'key-a2'],
      ['og/broken.png', () => Promise.reject(new Error('the card could not be drawn')), 'key-x'],
    ]);
    await expect(writeEmittedFiles(dir, { record, limit: 1 })).rejects.toThrow('could not be drawn');
    expect(readFileSync(record, 'utf8')).toBe(kept);
    // The next build finds a.png changed since the record and does not trust it.
    let made = 0;
    emitFiles([['og/a.png', () => (made++, new Uint8Array([1])), 'key-a']]);
    await writeEmittedFiles(dir, { record });
    expect(made).toBe(1);
    expect([...readFileSync(join(dir, 'og/a.png'))]).toEqual([1]);
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

  it('should tell a route which outputs are already there, so it starts no card it will not need', async () => {
    const [dir, cache] = [out(), out()];
    const record = join(cache, 'emitted.json');
    emitInto(dir, record);
    expect(unchangedOutput('og/a.png', 'key-a'), 'nothing written yet').toBe(false);
    emitFiles([['og/a.png', () => new Uint8Array([1]), 'key-a']]);
    await writeEmittedFiles(dir, { record });
    expect(unchangedOutput('og/a.png', 'key-a')).toBe(true);
    expect(unchangedOutput('og/a.png', 'key-b'), 'another card').toBe(false);
    expect(unchangedOutput('og/b.png', 'key-a'), 'another file').toBe(false);
    writeFileSync(join(dir, 'og/a.png'), new Uint8Array([2]));
    expect(unchangedOutput('og/a.png', 'key-a'), 'changed since').toBe(false);
    // Another output folder than the record's: nothing there is known.
    emitInto(out(), record);
    expect(unchangedOutput('og/a.png', 'key-a')).toBe(false);
  });
});
