import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveHost, serveSite } from './servers.ts';
import { astroEnv } from './astro-env.ts';
import { DIST, FIXTURE_CONTENT, staleReason } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostUrl: string;
  }
}

/**
 * Builds the fixture site once, then serves it and a host page origin on 127.0.0.1 for every
 * browser test. GLOSS_E2E_SKIP_BUILD=1 reuses the last build, and refuses one older than its sources.
 */
export default async function setup(project: TestProject) {
  if (process.env.GLOSS_E2E_SKIP_BUILD) {
    const stale = staleReason();
    if (stale) throw new Error(`GLOSS_E2E_SKIP_BUILD: ${stale}; run the browser tests without it to rebuild`);
  } else {
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST], {
      env: astroEnv({ GLOSS_CONTENT: FIXTURE_CONTENT }),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
    // The search index, as `npm run build` makes it, but of this build (pagefind.yml names `dist/`).
    const index = spawnSync('npm', ['run', '--silent', 'index', '--', '--site', DIST], {
      env: astroEnv(),
      encoding: 'utf8',
    });
    if (index.status !== 0) throw new Error(`search index failed:\n${index.stdout}\n${index.stderr}`);
  }
  const site = await serveSite(resolve(DIST));
  const host = await serveHost(site.url);
  project.provide('baseUrl', site.url);
  project.provide('hostUrl', host.url);
  return () => {
    site.server.close();
    host.server.close();
  };
}
