import { parseDocument, LineCounter, type Document } from 'yaml';
import { ContextFileSchema, type ContextFile } from '../model/context.ts';
import { gatherErrors, type Place } from '../errors/gloss-error.ts';
import { yamlErrors, yamlPlace, zodToGlossErrors } from './yaml-errors.ts';

/** A context file parsed and validated, with what is needed to point at its lines later. */
export interface LoadedContext {
  file: string;
  /** True for an article's own `<slug>.context.yaml`: its references must all resolve. */
  own: boolean;
  data: ContextFile;
  /** Finds the line and column of a value in the file, e.g. `['claims', 0, 'match']`. */
  placeOf(path: (string | number)[]): Place;
}

/**
 * Parses and validates one curated context file. A bad one throws every problem found in it at
 * once: the first in file order, carrying the others (`npm run check` lists them all).
 */
export function readContext(file: string, text: string, own: boolean): LoadedContext {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const { errors, broken } = yamlErrors(file, text, doc, counter, 0, 'the context file');
  // Repeated keys leave the file readable: its fields are checked too, so one run lists everything.
  if (!broken) {
    const parsed = ContextFileSchema.safeParse(doc.toJS() ?? {});
    if (parsed.success && errors.length === 0) {
      return { file, own, data: parsed.data, placeOf: (path) => yamlPlace(file, doc, counter, path) };
    }
    if (!parsed.success) {
      errors.push(...zodToGlossErrors(file, doc, counter, parsed.error, { schema: ContextFileSchema }));
    }
  }
  throw gatherErrors(errors);
}
