/** Where in a file a problem sits; line and column count from 1. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/**
 * Signals a problem an author can fix: what is wrong, where, and how to fix it. When one reading
 * of a file finds several, the first (in file order) is thrown and carries the rest in `more`.
 */
export class GlossError extends Error {
  readonly place: Place;
  readonly fix: string;
  /** The other problems found in the same file at the same time, after this one. Default: none. */
  readonly more: readonly GlossError[];
  constructor(place: Place, reason: string, fix: string, more: readonly GlossError[] = []) {
    super(reason);
    this.name = 'GlossError';
    this.place = place;
    this.fix = fix;
    this.more = more;
  }
  /** Lists this problem and those found with it, in file order. */
  all(): GlossError[] {
    return [this, ...this.more];
  }
  /** Formats every problem for a terminal, each as `file:line:col: error: reason`, then its fix. */
  format(): string {
    return this.all()
      .map((e) => formatProblem('error', e.place, e.message, e.fix))
      .join('\n');
  }
}

/** Gathers the problems found in one reading of a file into one error to throw: the first in file order, carrying the rest. */
export function gatherErrors(errors: readonly GlossError[]): GlossError {
  const [first, ...rest] = sortByPlace(
    errors.flatMap((e) => e.all()),
    (e) => e.place,
  );
  if (!first) throw new Error('gatherErrors needs at least one error');
  return new GlossError(first.place, first.message, first.fix, rest);
}

/**
 * Orders problems as an author meets them: file by file (in the order the files first come), then
 * by line and column. A problem of the whole file (no line) comes first in its file.
 */
export function sortByPlace<T>(items: readonly T[], placeOf: (item: T) => Place): T[] {
  const files = [...new Set(items.map((i) => placeOf(i).file))];
  const key = (i: T) => {
    const p = placeOf(i);
    return [files.indexOf(p.file), p.line ?? 0, p.column ?? 0] as const;
  };
  // Array.prototype.sort is stable: problems at one place keep the order they were found in.
  return [...items].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/** Formats a place as `file:line:col`, or the file alone when the line is unknown. */
export function formatPlace({ file, line, column }: Place): string {
  return line ? `${file}:${line}:${column ?? 1}` : file;
}

/** Formats an error or a warning the same way: `file:line:col: <severity>: reason`, then the fix if any. */
export function formatProblem(severity: 'error' | 'warning', place: Place, reason: string, fix?: string): string {
  return `${formatPlace(place)}: ${severity}: ${reason}${fix ? `\n  fix: ${fix}` : ''}`;
}

/** Converts a character offset into a 1-based line and column. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
