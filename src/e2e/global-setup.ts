import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveHost, serveSite } from './servers.ts';
import { astroEnv } from './astro-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostUrl: string;
  }
}

/** Builds the site once, then serves it and a host page origin on 127.0.0.1 for every browser test. */
export default async function setup(project: TestProject) {
  if (!process.env.GLOSS_E2E_SKIP_BUILD) {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: astroEnv(),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
    // The search index, as `npm run build` makes it.
    const index = spawnSync('npm', ['run', '--silent', 'index'], { env: astroEnv(), encoding: 'utf8' });
    if (index.status !== 0) throw new Error(`search index failed:\n${index.stdout}\n${index.stderr}`);
  }
  const site = await serveSite(resolve('dist'));
  const host = await serveHost(site.url);
  project.provide('baseUrl', site.url);
  project.provide('hostUrl', host.url);
  return () => {
    site.server.close();
    host.server.close();
  };
}
