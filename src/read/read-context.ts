import { parseDocument, LineCounter, type Document } from 'yaml';
import { z } from 'zod';
import { ContextFileSchema, type ContextFile } from '../model/context.ts';
import type { Place } from '../errors/gloss-error.ts';
import { yamlPlace, yamlSyntaxError, zodToGlossError } from './yaml-errors.ts';

/** A context file parsed and validated, with what is needed to point at its lines later. */
export interface LoadedContext {
  file: string;
  /** True for an article's own `<slug>.context.yaml`: its references must all resolve. */
  own: boolean;
  data: ContextFile;
  /** Finds the line and column of a value in the file, e.g. `['claims', 0, 'match']`. */
  placeOf(path: (string | number)[]): Place;
}

/** Parses and validates one curated context file. */
export function readContext(file: string, text: string, own: boolean): LoadedContext {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) throw yamlSyntaxError(file, text, counter, yamlError, 0, 'the context file');
  const parsed = ContextFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const unknown = parsed.error.issues.find((i) => i.code === 'unrecognized_keys');
    const known = unknown ? keysAt(ContextFileSchema, unknown.path) : [];
    throw zodToGlossError(file, doc, counter, parsed.error, 0, known);
  }
  return { file, own, data: parsed.data, placeOf: (path) => yamlPlace(file, doc, counter, path) };
}

/** The field names a schema allows at a path (`['actors', 0]` → an actor's fields), for "did you mean". */
export function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  // Defaults, optionals and pipes wrap the schema that has the fields.
  const unwrap = (t: z.ZodType | undefined): z.ZodType | undefined => {
    let s = t;
    while (s && 'innerType' in s.def) s = (s.def as { innerType: z.ZodType }).innerType;
    return s;
  };
  let s = unwrap(schema);
  for (const p of path) {
    if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    if (!(s instanceof z.ZodObject) || typeof p !== 'string') continue;
    s = unwrap(s.shape[p] as z.ZodType | undefined);
  }
  if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
