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
type Reply = Extracted | { problem: { place: Place; reason: string; fix: string } } | { crash: string };

const WORKER = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));

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
              resolve(new GlossError(reply.problem.place, reply.problem.reason, reply.problem.fix));
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
  await Promise.all(Array.from({ length: size }, () => work(new Worker(script))));
  return results;
}
