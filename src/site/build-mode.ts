/**
 * Whether this process is running `astro build`: set by `src/integrations/build-ahead.ts` as the
 * build starts, read by the routes and share cards (each loaded by Astro as its own module: the
 * flag lives on globalThis). Not `import.meta.env.PROD`, which `NODE_ENV=production astro dev`
 * also sets.
 */
const FLAG = Symbol.for('gloss.building');
const state = globalThis as { [FLAG]?: boolean };

/** Marks this process as a build. */
export function markBuild(): void {
  state[FLAG] = true;
}

/** Whether `markBuild` was called in this process. */
export function inBuild(): boolean {
  return state[FLAG] === true;
}
