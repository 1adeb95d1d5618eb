import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.ts';
import { GlossError, type Place } from '../errors/gloss-error.ts';

/** An extracted article, with its file as messages name it. */
export interface Extracted {
  article: Article;
  file: string;
}
type Problem = { place: Place; reason: string; fix: string };
type Reply = Extracted | { problem: Problem; more: Problem[] } | { crash: string };

const WORKER = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));

/**
 * Workers started before the loader runs (`prestartWorkers`), loading the pipeline while Astro
 * starts. The integration that starts them and the loader that takes them load this module
 * separately: they meet on globalThis.
 */
interface Prestarted {
  script: string;
  worker: Worker;
  alive: boolean;
}
const REGISTRY = Symbol.for('gloss.extract-workers');
const prestarted: Prestarted[] = ((globalThis as { [REGISTRY]?: Prestarted[] })[REGISTRY] ??= []);

/**
 * Starts `threads` extraction workers now (`astro build` does, as it starts): each loads the
 * pipeline (about 1.5 s) while Astro loads its config and Vite, and `extractInWorkers` takes them.
 * They never keep the process alive; `releaseWorkers` ends those the loader did not need.
 */
export function prestartWorkers(threads: number, script = WORKER): void {
  if (!existsSync(script)) return;
  for (let i = 0; i < threads; i++) {
    const entry: Prestarted = { script, worker: new Worker(script), alive: true };
    // A worker that fails before it is used is simply not used.
    entry.worker.on('error', () => (entry.alive = false)).on('exit', () => (entry.alive = false));
    entry.worker.unref();
    prestarted.push(entry);
  }
}

/** How many started workers are waiting for work. */
export function waitingWorkers(script = WORKER): number {
  return prestarted.filter((p) => p.alive && p.script === script).length;
}

/** Ends the started workers no extraction took (a build where nothing, or little, changed). */
export async function releaseWorkers(): Promise<void> {
  await Promise.all(prestarted.splice(0).map((p) => p.worker.terminate()));
}

/** Takes a started worker for `script`, or starts one. */
function takeWorker(script: string): Worker {
  for (;;) {
    const i = prestarted.findIndex((p) => p.script === script);
    if (i < 0) return new Worker(script);
    const [p] = prestarted.splice(i, 1);
    if (p!.alive) {
      p!.worker.ref();
      return p!.worker;
    }
  }
}

/**
 * Extracts the given articles (paths under `root`) in worker threads, one per core, and returns
 * each one's article or the error it raised, in the order given; `onExtracted` hears each article
 * as it arrives. Each worker loads the pipeline once (about a second), so this pays only for
 * several articles; the caller extracts one itself.
 */
export async function extractInWorkers(
  root: string,
  files: string[],
  threads = availableParallelism(),
  onExtracted: (article: Article) => void = () => {},
  script = WORKER,
): Promise<(Extracted | Error)[]> {
  const results: (Extracted | Error)[] = new Array(files.length);
  let next = 0;
  const work = async (worker: Worker) => {
    try {
      while (next < files.length) {
        const i = next++;
        results[i] = await new Promise<Extracted | Error>((resolve, reject) => {
          // A worker that crashes, or quits without a word, fails the whole extraction: it is redone here.
          const quit = (code: number) => reject(new Error(`an extraction worker stopped (exit code ${code})`));
          worker.once('error', reject).once('exit', quit);
          worker.once('message', (reply: Reply) => {
            worker.off('error', reject).off('exit', quit);
            if ('article' in reply) {
              onExtracted(reply.article);
              resolve(reply);
            } else if ('problem' in reply)
              resolve(
                new GlossError(
                  reply.problem.place,
                  reply.problem.reason,
                  reply.problem.fix,
                  reply.more.map((p) => new GlossError(p.place, p.reason, p.fix)),
                ),
              );
            else resolve(new Error(reply.crash));
          });
          worker.postMessage({ root, file: files[i] });
        });
      }
    } finally {
      await worker.terminate();
    }
  };
  const size = Math.max(1, Math.min(threads, files.length));
  await Promise.all(Array.from({ length: size }, () => work(takeWorker(script))));
  return results;
}
