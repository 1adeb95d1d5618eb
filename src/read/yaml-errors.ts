import type { z } from 'zod';
import { isMap, isNode, isScalar, type Document, type LineCounter, type YAMLError } from 'yaml';
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

/** Turns the first zod issue on a YAML document into an author-facing GlossError. */
export function zodToGlossError(
  file: string,
  doc: Document,
  counter: LineCounter,
  error: z.ZodError,
  lineOffset = 0,
  knownKeys: string[] = [],
): GlossError {
  // An unknown key first: "nme:" is the cause of "`name` is missing", not the other way round.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const where = path.length ? ` in \`${path.join('.')}\`` : '';
    return new GlossError(
      keyPlace(file, doc, counter, path, issue.keys[0]!, lineOffset),
      `unknown field \`${issue.keys[0]}\`${where}`,
      suggest(issue.keys[0]!, knownKeys) ?? fixFor(issue, ''),
    );
  }
  const place = yamlPlace(file, doc, counter, path, lineOffset);
  const key = path.length ? `\`${path.join('.')}\`` : 'the document';
  const value = doc.getIn(path as (string | number)[]);
  const shown = value === undefined ? 'nothing' : `\`${JSON.stringify(value)}\``;
  // YAML reads an unquoted False, Yes, 1.0 or null as a boolean, number or null: say to quote it.
  const node = doc.getIn(path as (string | number)[], true) as { source?: string } | undefined;
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    value !== undefined &&
    typeof value !== 'object'
  ) {
    const written = node?.source ?? String(value);
    const field = String(path.at(-1));
    return new GlossError(
      place,
      `${key} is ${shown}: YAML reads the unquoted \`${written}\` as a ${typeof value}, not as text`,
      `put it in quotes: \`${field}: "${written}"\``,
    );
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
  return new GlossError(
    place,
    `${key} is ${shown}: ${issue.message}`,
    meant ? `did you mean \`${meant}\`? ${fix}` : fix,
  );
}

/** Suggests the known key nearest to a misspelt one, e.g. `titel` → `title`. */
function suggest(key: string, known: string[]): string | undefined {
  const near = nearest(key, known);
  return near ? `did you mean \`${near}\`? Known fields: ${known.join(', ')}` : undefined;
}

function fixFor(issue: z.core.$ZodIssue, key: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `give ${key} a value of type ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date'
        ? `write ${key} as YYYY-MM-DD, e.g. 2024-06-20`
        : `write ${key} as a valid ${issue.format}`;
    default:
      return `correct ${key}`;
  }
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
