import type { Mention } from '../model/article.ts';
import type { LoadedContext } from '../read/read-context.ts';

/** Tells whether the editor suppressed a mention: its exact text, of its kind or of any kind. */
export type Suppressed = (kind: Mention['kind'], text: string) => boolean;

/** Reads every context's `corrections.suppress` into one test. */
export function suppressionsOf(contexts: LoadedContext[]): Suppressed {
  const suppress = contexts.flatMap((c) => c.data.corrections.suppress);
  return (kind, text) => suppress.some((x) => x.text === text && (!x.kind || x.kind === kind));
}
