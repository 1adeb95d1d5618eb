import type { LoadedContext } from '../read/read-context.ts';

/** Finds the id an editor pinned for a section: the first `sections:` entry whose quote the text contains. */
export function pinnedId(text: string, contexts: LoadedContext[]): string | undefined {
  for (const ctx of contexts) for (const p of ctx.data.sections) if (text.includes(p.quote)) return p.id;
  return undefined;
}
