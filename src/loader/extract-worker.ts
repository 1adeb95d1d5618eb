import { parentPort } from 'node:worker_threads';
import { readArticleInput, readSharedContexts } from '../read/load-content.ts';
import { buildArticle } from '../pipeline/build-article.ts';
import { GlossError } from '../errors/gloss-error.ts';

// A worker thread that extracts articles, so a build with many new articles uses every core. It
// reads each file itself: a loaded context file carries functions, which cannot be posted.
const shared = new Map<string, ReturnType<typeof readSharedContexts>>();

parentPort!.on('message', ({ root, file }: { root: string; file: string }) => {
  try {
    if (!shared.has(root)) shared.set(root, readSharedContexts(root));
    const input = readArticleInput(file, shared.get(root)!);
    parentPort!.postMessage({ article: buildArticle(input.source, input.contexts), file: input.source.file });
  } catch (error) {
    if (error instanceof GlossError) {
      // Every problem found in the file, the first one first: a GlossError itself cannot be posted.
      const [problem, ...more] = error.all().map((e) => ({ place: e.place, reason: e.message, fix: e.fix }));
      parentPort!.postMessage({ problem, more });
    } else {
      parentPort!.postMessage({ crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
});
