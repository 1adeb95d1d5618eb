import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-preview-'));
  mkdirSync(join(dir, 'site/harbour-tax'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'site/harbour-tax/index.html'), '<p>article</p>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the preview on a free port and resolves with the address it prints, and the process. */
function start(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['src/cli/preview.ts', '--dir', join(dir, 'site'), '--port', '0'], {
    env: { ...process.env, ...env },
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      const found = /at (http:\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.on('exit', (code) => reject(new Error(`preview exited ${code}`)));
  });
  return { child, url };
}

describe('preview CLI', () => {
  it('should serve the built site on 127.0.0.1 and redirect an address without its trailing slash', async () => {
    const { child, url } = start();
    try {
      const origin = await url;
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${origin}harbour-tax`, { redirect: 'manual' });
      expect([res.status, res.headers.get('location')]).toEqual([301, '/harbour-tax/']);
      expect(await (await fetch(`${origin}harbour-tax`)).text()).toBe('<p>article</p>');
    } finally {
      child.kill();
    }
  }, 30_000);

  it('should serve at GLOSS_BASE, as the site will be published', async () => {
    const { child, url } = start({ GLOSS_BASE: '/news/gloss/' });
    try {
      const origin = await url;
      expect(origin).toMatch(/\/news\/gloss\/$/);
      expect(await (await fetch(`${origin}harbour-tax/`)).text()).toBe('<p>article</p>');
    } finally {
      child.kill();
    }
  }, 30_000);

  it('should say to build first when there is no built site', () => {
    const r = spawnSync(process.execPath, ['src/cli/preview.ts', '--dir', join(dir, 'nothing')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`gloss: there is no built site in ${join(dir, 'nothing')}/: run \`npm run build\` first\n`);
  });

  it('should refuse a port that is not a number', () => {
    const r = spawnSync(process.execPath, ['src/cli/preview.ts', '--port', 'http'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port http is not a port number');
  });
});
