import { slugify } from '../model/slug.ts';
import { z } from 'zod';
import { isMap, isNode, isScalar, stringify, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { GlossError, type Place } from '../errors/gloss-error.ts';
import { nearest } from './nearest.ts';
import { toIsoDate } from './dates.ts';

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
  /** The schema the document was checked against: its fields, ranges and examples go into the fixes. */
  schema: z.ZodType;
  /** Lines before the YAML text in its file (1 for frontmatter after its `---`). Default: 0. */
  lineOffset?: number;
  /** Top-level fields the file writes under another name, by the schema's name (`publishedAt` → `date`). Default: none. */
  written?: ReadonlyMap<string, string>;
}

/**
 * Turns every zod issue on a YAML document into an author-facing GlossError, each at its own
 * line and column, saying what a valid value looks like.
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
      at,
      key: at.length ? `\`${at.join('.')}\`` : 'the document',
      field: fieldOf(doc, at),
      value,
      written: node?.source ?? String(value),
      ...schemaAt(schema, path),
    });
    errors.push(new GlossError(place, reason, fix));
  }
  return errors;
}

/** What an issue is about: the value as read and as written, and what the schema expects there. */
interface Subject {
  /** Where the value is in the file, e.g. `['claims', 0, 'verdict']`. */
  at: (string | number)[];
  /** The path in backticks, e.g. `` `claims.0.verdict` ``, or "the document". */
  key: string;
  /** The last key of the path, e.g. `verdict`; `-` for an item of a list, empty for one in `[…]`. */
  field: string;
  value: unknown;
  /** The value as the file writes it. */
  written: string;
  /** The schema at the path, its wrappers (optional, default) removed. */
  expected: z.ZodType | undefined;
  /** Examples the schema gives for the value (`.meta({ examples })`). */
  examples: unknown[] | undefined;
  /** Whether the field may be left out (optional, or with a default). */
  optional: boolean;
}

/** Says what is wrong with a value and how to fix it: the reason, then the fix. */
function explain(issue: z.core.$ZodIssue, s: Subject): [string, string] {
  const { at, key, field, value, written, expected } = s;
  const shown = value === undefined ? 'nothing' : `\`${JSON.stringify(value)}\``;
  const needs = describe(expected);
  // A field left out, or left empty (`name:`), whatever the schema's own message calls it.
  if (value === undefined && at.length && issue.code !== 'custom') {
    const parent = at.length > 1 ? `\`${at.slice(0, -1).join('.')}\`` : 'the document';
    return [`${parent} has no \`${field}\``, `add \`${field}:\`${needs ? ` with ${needs}` : ''}`];
  }
  const item = typeof at.at(-1) === 'number';
  const orRemove = s.optional ? ', or remove the line' : '';
  if (value === null && issue.code === 'invalid_type') {
    return [
      `${key} is empty`,
      item
        ? `write ${needs ?? 'a value'} in this list item, or remove it`
        : `write ${needs ?? 'a value'} after \`${field}:\`${orRemove}`,
    ];
  }
  switch (issue.code) {
    case 'invalid_type': {
      // YAML reads an unquoted False, Yes, 1.0 or null as a boolean, number or null: say to quote it.
      if (issue.expected === 'string' && value !== undefined && typeof value !== 'object') {
        return [
          `${key} is ${shown}: YAML reads the unquoted \`${written}\` as a ${typeof value}, not as text`,
          `put it in quotes: \`${lead(field)}"${written}"\``,
        ];
      }
      const example = exampleOf(s);
      return [
        `${key} is ${shown}: it must be ${needs ?? `of type ${issue.expected}`}`,
        example ? `write it like \`${example}\`` : `give ${key} ${needs ?? `a value of type ${issue.expected}`}`,
      ];
    }
    case 'too_big':
    case 'too_small': {
      if (expected instanceof z.ZodNumber) {
        const example = yamlLine(field, clamp(typeof value === 'number' ? value : 1, expected));
        return [`${key} is ${shown}: it must be ${needs}`, `write ${needs}, e.g. \`${example}\``];
      }
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(issue.minimum) <= 1) {
        return [
          `${key} is empty`,
          item ? 'write the text of this list item, or remove it' : `write the text after \`${field}:\`${orRemove}`,
        ];
      }
      return [`${key} is ${shown}: ${issue.message}`, `correct ${key}`];
    }
    case 'invalid_value': {
      // "persn" for "person": name the allowed value it was likely meant to be.
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const meant =
        typeof value === 'string'
          ? nearest(
              value,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      return [
        `${key} is ${shown}: ${issue.message}`,
        meant ? `did you mean \`${meant}\`? use one of: ${allowed}` : `use one of: ${allowed}`,
      ];
    }
    case 'invalid_format':
      return explainFormat(issue, s, shown);
    case 'custom': {
      // A rule of the schema's own (`.refine`) says what must hold, and may give the fix.
      const fix = (issue.params as { fix?: unknown } | undefined)?.fix;
      return [
        issue.path.length ? `${key}: ${issue.message}` : issue.message,
        typeof fix === 'string' ? fix : `correct ${key}`,
      ];
    }
    default:
      return [`${key} is ${shown}: ${issue.message}`, `correct ${key}`];
  }
}

/** Explains a string of the wrong form: a date, a web address, or a value that fails a pattern. */
function explainFormat(issue: z.core.$ZodIssueInvalidStringFormat, s: Subject, shown: string): [string, string] {
  const { key, field, value } = s;
  if (issue.format === 'date') {
    // "17 September 2025": suggest the date the author meant, not an unrelated example.
    // Digits that read either way ("03/04/2025") get the example, not a guess.
    const either = typeof value === 'string' && /^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{4}\s*$/.exec(value);
    const ambiguous = either && either[1] !== either[2] && Number(either[1]) <= 12 && Number(either[2]) <= 12;
    const iso = typeof value === 'string' && !ambiguous ? toIsoDate(value) : undefined;
    return [
      `${key} is ${shown}: ${issue.message}`,
      iso ? `write ${key} as YYYY-MM-DD: \`${yamlLine(field, iso)}\`` : `write ${key} as YYYY-MM-DD, e.g. 2024-06-20`,
    ];
  }
  if (issue.format === 'url') {
    // "example.org/report": the address without its scheme, which a reader's browser needs.
    const bare = typeof value === 'string' && /^[^\s:/]+\.[^\s:/]+(\/\S*)?$/.test(value) ? value : undefined;
    return [
      `${key} is ${shown}: a web address must start with http:// or https://`,
      bare
        ? `write \`${yamlLine(field, `https://${bare}`)}\` (or http:// if the site has no https)`
        : `write the full address, starting with http:// or https://, e.g. https://example.org/report`,
    ];
  }
  if (issue.format === 'regex' && issue.pattern) {
    // The schema's message says in words what the pattern allows; the slug of the value often fits it.
    const slug = typeof value === 'string' ? slugify(value, 12) : '';
    const fits = slug !== '' && patternOf(issue.pattern)?.test(slug);
    // zod's own message ("Invalid string: …") is no description: then the pattern is the one.
    const rule = issue.message.startsWith('Invalid') ? `text that matches ${issue.pattern}` : issue.message;
    return [
      `${key} is ${shown}: it must be ${rule}`,
      fits ? `write \`${yamlLine(field, slug)}\`` : `write ${key} in ${rule}`,
    ];
  }
  return [`${key} is ${shown}: ${issue.message}`, `write ${key} as a valid ${issue.format}`];
}

/** An example of a valid value for the subject, as one YAML line (`verdict: { rating: Inaccurate, score: 2 }`). */
function exampleOf({ field, value, expected, examples }: Subject): string | undefined {
  if (examples?.length) return yamlLine(field, examples[0]);
  if (expected instanceof z.ZodArray && value !== undefined && !Array.isArray(value)) {
    // A list of links is best shown with a link of the right shape; a lone name, as a list of it.
    const item = unwrap(expected.element as z.ZodType).examples?.[0];
    return yamlLine(field, [item ?? value]);
  }
  return undefined;
}

/** Says in words what a schema accepts, e.g. "a whole number from 1 to 5", or undefined if it cannot. */
function describe(s: z.ZodType | undefined): string | undefined {
  if (s instanceof z.ZodString) return 'text';
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodEnum) return `one of: ${s.options.join(', ')}`;
  if (s instanceof z.ZodArray) return 'a list';
  if (s instanceof z.ZodObject) return `a set of fields (${Object.keys(s.shape).join(', ')})`;
  if (s instanceof z.ZodNumber) {
    const [min, max] = bounds(s);
    const what = isWhole(s) ? 'a whole number' : 'a number';
    if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
    if (min !== undefined) return `${what} of at least ${min}`;
    if (max !== undefined) return `${what} of at most ${max}`;
    return what;
  }
  return undefined;
}

/** A number schema's least and greatest values, where it sets them (`.int()`'s safe-integer range is no bound). */
function bounds(s: z.ZodNumber): [number | undefined, number | undefined] {
  const set = (n: number | null) =>
    n !== null && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined;
  return [set(s.minValue), set(s.maxValue)];
}

/** Whether a number schema takes whole numbers only (`.int()`). */
const isWhole = (s: z.ZodNumber) => s.format === 'int32' || s.format === 'uint32' || s.format === 'safeint';

/** The number nearest to `n` that the schema accepts, for an example. */
function clamp(n: number, s: z.ZodNumber): number {
  const [min, max] = bounds(s);
  const whole = isWhole(s) ? Math.round(n) : n;
  return Math.min(max ?? whole, Math.max(min ?? whole, whole));
}

/** What a YAML line starts with before its value: `field: `, `- ` for a list item, or nothing. */
const lead = (field: string) => (field === '-' ? '- ' : field ? `${field}: ` : '');

/** One YAML line, `field: value` or `- value`, quoted where YAML needs it and with lists and maps inline. */
function yamlLine(field: string, value: unknown): string {
  return `${lead(field)}${stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`;
}

/** The RegExp of a zod issue's pattern (`"/^[a-z]+$/"`), or undefined if it cannot be read back. */
function patternOf(pattern: string): RegExp | undefined {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  try {
    return m ? new RegExp(m[1]!, m[2]) : new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** The field a value is written under: its key, `-` for an item of a block list, nothing for one in `[…]`. */
function fieldOf(doc: Document, at: (string | number)[]): string {
  const last = at.at(-1);
  if (typeof last !== 'number') return String(last ?? '');
  const list = doc.getIn(at.slice(0, -1), true) as { flow?: boolean } | undefined;
  return list?.flow ? '' : '-';
}

/** The zod path without symbol keys, which YAML documents never have. */
const plain = (path: readonly PropertyKey[]) => path.filter((p): p is string | number => typeof p !== 'symbol');

/** Removes the wrappers around a schema (optional, default, preprocess), keeping the first examples met. */
function unwrap(t: z.ZodType | undefined): { expected: z.ZodType | undefined; examples: unknown[] | undefined } {
  let s = t;
  let examples: unknown[] | undefined;
  while (s) {
    examples ??= z.globalRegistry.get(s)?.examples as unknown[] | undefined;
    if (s instanceof z.ZodPipe) s = (s.def.out instanceof z.ZodTransform ? s.def.in : s.def.out) as z.ZodType;
    else if ('innerType' in s.def) s = (s.def as { innerType: z.ZodType }).innerType;
    else break;
  }
  return { expected: s, examples };
}

/** The schema at a path of a value (`['claims', 0, 'verdict']`), with its examples and whether it may be left out. */
export function schemaAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): { expected: z.ZodType | undefined; examples: unknown[] | undefined; optional: boolean } {
  let field: z.ZodType | undefined = schema;
  let at = unwrap(schema);
  for (const p of path) {
    if (at.expected instanceof z.ZodArray && typeof p === 'number') field = at.expected.element as z.ZodType;
    else if (at.expected instanceof z.ZodObject && typeof p === 'string')
      field = at.expected.shape[p] as z.ZodType | undefined;
    else return { expected: undefined, examples: undefined, optional: false };
    at = unwrap(field);
  }
  return { ...at, optional: field?.safeParse(undefined).success ?? false };
}

/** The field names a schema allows at a path (`['actors', 0]` → an actor's fields), for "did you mean". */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const { expected } = schemaAt(schema, path);
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
