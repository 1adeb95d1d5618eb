import { z } from 'zod';
import { isMap, isNode, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { GlossError, type Place } from '../errors/gloss-error.ts';
import { nearest } from './nearest.ts';

/** Finds the place of a YAML value by its path, falling back to the document start. */
export function yamlPlace(
  file: string,
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  lineOffset = 0,
): Place {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) {
      const pos = counter.linePos(node.range[0]);
      return { file, line: pos.line + lineOffset, column: pos.col };
    }
  }
  return { file, line: 1 + lineOffset, column: 1 };
}

/** Finds the place of a key in the map at `path` (where a misspelt field is written), else of the map. */
function keyPlace(
  file: string,
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  key: string,
  lineOffset: number,
): Place {
  const map = path.length ? doc.getIn(path as (string | number)[], true) : doc.contents;
  const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  if (pair && isScalar(pair.key) && pair.key.range) {
    const pos = counter.linePos(pair.key.range[0]);
    return { file, line: pos.line + lineOffset, column: pos.col };
  }
  return yamlPlace(file, doc, counter, path, lineOffset);
}

/** How to read the zod issues on a YAML document. */
export interface IssueOptions {
  /** The schema the document was checked against: its fields name the known ones. */
  schema: z.ZodType;
  /** Lines before the YAML text in its file (1 for frontmatter after its `---`). Default: 0. */
  lineOffset?: number;
  /** Top-level fields the file writes under another name, by the schema's name (`publishedAt` → `date`). Default: none. */
  written?: ReadonlyMap<string, string>;
}

/**
 * Turns every zod issue on a YAML document into an author-facing GlossError, each at its own
 * line and column.
 */
export function zodToGlossErrors(
  file: string,
  doc: Document,
  counter: LineCounter,
  error: z.ZodError,
  options: IssueOptions,
): GlossError[] {
  const { schema, lineOffset = 0, written = new Map<string, string>() } = options;
  const inFile = (path: (string | number)[]) =>
    path.length && typeof path[0] === 'string' && written.has(path[0])
      ? [written.get(path[0])!, ...path.slice(1)]
      : path;
  const errors: GlossError[] = [];
  // A misspelt key is the cause of "`name` is missing", not a second problem: its fix names the field.
  const meant = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = plain(issue.path);
    const at = inFile(path);
    const known = keysAt(schema, path);
    for (const key of issue.keys) {
      const near = nearest(key, known);
      if (near) meant.add(JSON.stringify([...path, near]));
      errors.push(
        new GlossError(
          keyPlace(file, doc, counter, at, key, lineOffset),
          `unknown field \`${key}\`${at.length ? ` in \`${at.join('.')}\`` : ''}`,
          near
            ? `did you mean \`${near}\`? Known fields: ${known.join(', ')}`
            : known.length
              ? `remove or rename \`${key}\`; known fields: ${known.join(', ')}`
              : `remove or rename \`${key}\``,
        ),
      );
    }
  }
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = plain(issue.path);
    const at = inFile(path);
    const value: unknown = doc.getIn(at);
    if (value === undefined && meant.has(JSON.stringify(path))) continue;
    const place = yamlPlace(file, doc, counter, at, lineOffset);
    const node = doc.getIn(at, true) as { source?: string } | undefined;
    const [reason, fix] = explain(issue, {
      key: at.length ? `\`${at.join('.')}\`` : 'the document',
      field: String(at.at(-1) ?? ''),
      value,
      written: node?.source ?? String(value),
    });
    errors.push(new GlossError(place, reason, fix));
  }
  return errors;
}

/** What an issue is about: the value as read and as written. */
interface Subject {
  /** The path in backticks, e.g. `` `claims.0.verdict` ``, or "the document". */
  key: string;
  /** The last key of the path, e.g. `verdict`. */
  field: string;
  value: unknown;
  /** The value as the file writes it. */
  written: string;
}

/** Says what is wrong with a value and how to fix it: the reason, then the fix. */
function explain(issue: z.core.$ZodIssue, { key, field, value, written }: Subject): [string, string] {
  const shown = value === undefined ? 'nothing' : `\`${JSON.stringify(value)}\``;
  // YAML reads an unquoted False, Yes, 1.0 or null as a boolean, number or null: say to quote it.
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    value !== undefined &&
    typeof value !== 'object'
  ) {
    return [
      `${key} is ${shown}: YAML reads the unquoted \`${written}\` as a ${typeof value}, not as text`,
      `put it in quotes: \`${field}: "${written}"\``,
    ];
  }
  // "persn" for "person": name the allowed value it was likely meant to be.
  const meant =
    issue.code === 'invalid_value' && typeof value === 'string'
      ? nearest(
          value,
          issue.values.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  const fix = fixFor(issue, key);
  return [`${key} is ${shown}: ${issue.message}`, meant ? `did you mean \`${meant}\`? ${fix}` : fix];
}

function fixFor(issue: z.core.$ZodIssue, key: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `give ${key} a value of type ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date'
        ? `write ${key} as YYYY-MM-DD, e.g. 2024-06-20`
        : `write ${key} as a valid ${issue.format}`;
    default:
      return `correct ${key}`;
  }
}

/** The zod path without symbol keys, which YAML documents never have. */
const plain = (path: readonly PropertyKey[]) => path.filter((p): p is string | number => typeof p !== 'symbol');

/** Removes the wrappers around a schema (optional, default, preprocess). */
function unwrap(t: z.ZodType | undefined): z.ZodType | undefined {
  let s = t;
  while (s) {
    if (s instanceof z.ZodPipe) s = (s.def.out instanceof z.ZodTransform ? s.def.in : s.def.out) as z.ZodType;
    else if ('innerType' in s.def) s = (s.def as { innerType: z.ZodType }).innerType;
    else break;
  }
  return s;
}

/** The schema at a path of a value (`['claims', 0, 'verdict']`), its wrappers removed. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let at = unwrap(schema);
  for (const p of path) {
    if (at instanceof z.ZodArray && typeof p === 'number') at = unwrap(at.element as z.ZodType);
    else if (at instanceof z.ZodObject && typeof p === 'string') at = unwrap(at.shape[p] as z.ZodType | undefined);
    else return undefined;
  }
  return at;
}

/** The field names a schema allows at a path (`['actors', 0]` → an actor's fields), for "did you mean". */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const expected = schemaAt(schema, path);
  return expected instanceof z.ZodObject ? Object.keys(expected.shape) : [];
}

/**
 * Turns a YAML document's errors into author errors: every repeated key, and the first syntax
 * error (those after it are often its echoes). `broken` when the text cannot be read as data at
 * all; repeated keys alone leave it readable, so its fields can still be checked.
 */
export function yamlErrors(
  file: string,
  text: string,
  doc: Document,
  counter: LineCounter,
  lineOffset: number,
  what: string,
): { errors: GlossError[]; broken: boolean } {
  const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const errors = doc.errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => duplicateKeyError(file, doc, counter, e, lineOffset, what));
  if (syntax) errors.push(yamlSyntaxError(file, text, counter, syntax, lineOffset, what));
  return { errors, broken: syntax !== undefined };
}

/** Says that a key is repeated in its map, where the second one is, and where the first one is. */
function duplicateKeyError(
  file: string,
  doc: Document,
  counter: LineCounter,
  error: YAMLError,
  lineOffset: number,
  what: string,
): GlossError {
  const offset = error.pos[0];
  let name: string | undefined;
  let firstLine: number | undefined;
  visit(doc, {
    Map(_, map) {
      const i = map.items.findIndex((p) => isNode(p.key) && p.key.range?.[0] === offset);
      if (i === -1) return undefined;
      const key = map.items[i]!.key;
      const same = map.items.slice(0, i).find((p) => isScalar(p.key) && isScalar(key) && p.key.value === key.value);
      name = isScalar(key) ? String(key.value) : String(key);
      if (same && isNode(same.key) && same.key.range) firstLine = counter.linePos(same.key.range[0]).line + lineOffset;
      return visit.BREAK;
    },
  });
  const pos = counter.linePos(offset);
  const first = firstLine ? ` (first at line ${firstLine})` : '';
  return new GlossError(
    { file, line: pos.line + lineOffset, column: pos.col },
    `${what}: the key \`${name ?? '?'}\` is repeated in the same map${first}, and YAML keeps only the last`,
    `keep one \`${name ?? '?'}:\`: merge the two${firstLine ? `, at line ${firstLine} or here` : ''}, and delete the other`,
  );
}

/**
 * Turns a YAML syntax error into an author's error: where the fault starts (an unclosed quote
 * where it opens, not where YAML noticed), what it is, and how to fix it. `lineOffset` is the
 * number of lines before the YAML text in its file (1 for frontmatter after its `---`).
 */
export function yamlSyntaxError(
  file: string,
  text: string,
  counter: LineCounter,
  error: YAMLError,
  lineOffset: number,
  what: string,
): GlossError {
  let offset = error.pos[0];
  let reason = `${what} is not valid YAML: ${error.message.split('\n')[0]}`;
  let fix = 'fix the YAML syntax, e.g. `title: "My title"` (quote values that contain a colon)';
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code === 'MISSING_CHAR' && quote) {
    const open = unclosedQuote(text.slice(0, offset), quote);
    if (open !== null) offset = open;
    const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    const key = /^\s*(?:-\s+)?([^\s:#][^:#]*):\s*$/.exec(line)?.[1];
    const example = `${key ? `${key}: ` : /^\s*-\s+$/.test(line) ? '- ' : ''}${quote}…${quote}`;
    reason = `${what}: the ${quote === '"' ? 'double' : 'single'} quote that opens this value is never closed`;
    fix = `close it at the end of the value, on the same line: \`${example}\``;
  } else if (error.code === 'TAB_AS_INDENT') {
    reason = `${what}: a tab indents this line, and YAML allows only spaces`;
    fix = 'indent with spaces (two per level), not tabs';
  }
  const pos = counter.linePos(offset);
  return new GlossError({ file, line: pos.line + lineOffset, column: pos.col }, reason, fix);
}

/**
 * Where the last quote that is never closed opens, in text YAML read up to an error: the last line
 * with an odd count of that quote (`\"` escapes a double quote, `''` a single one).
 */
function unclosedQuote(text: string, quote: string): number | null {
  let lineStart = text.length;
  while (lineStart > 0) {
    const start = text.lastIndexOf('\n', lineStart - 1) + 1;
    const line = text.slice(start, lineStart);
    let open: number | null = null;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '\\' && quote === '"') i++;
      else if (line[i] === quote && quote === "'" && open !== null && line[i + 1] === "'") i++;
      else if (line[i] === quote) open = open === null ? i : null;
    }
    if (open !== null) return start + open;
    lineStart = start - 1;
  }
  return null;
}
