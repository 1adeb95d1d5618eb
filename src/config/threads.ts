import { readlinkSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';

/**
 * How many worker threads a build gives its extraction and its share cards. Cards are background
 * work: where a thread can lower its own priority (Linux, through /proc), card workers do, and both
 * pools take every core, the cards drawing in what extraction and the pages leave idle. Elsewhere
 * every thread competes alike, so each pool leaves one core to the other work.
 */
export function workerThreads(): number {
  return Math.max(1, availableParallelism() - (canYield() ? 0 : 1));
}

const SELF = '/proc/thread-self';

/** Whether this system lets a thread lower its own priority (Linux names threads under /proc). */
export function canYield(): boolean {
  try {
    readlinkSync(SELF);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lowers the calling thread's priority (to nice 10: it then gets about a tenth of a core that
 * others want), and with it that of the threads it starts later. Only for threads that start no
 * process-wide pool: libuv's threads, made by whichever thread first needs them, would inherit it.
 * Returns whether it could.
 */
export function yieldThread(): boolean {
  try {
    setPriority(Number(readlinkSync(SELF).split('/').pop()), 10);
    return true;
  } catch {
    return false;
  }
}
