/** Where in a file a problem sits; line and column count from 1. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/** Signals a problem an author can fix: what is wrong, where, and how to fix it. */
export class GlossError extends Error {
  readonly place: Place;
  readonly fix: string;
  constructor(place: Place, reason: string, fix: string) {
    super(reason);
    this.name = 'GlossError';
    this.place = place;
    this.fix = fix;
  }
  /** Formats the error as one message for a terminal: `file:line:col: error: reason`, then the fix. */
  format(): string {
    return formatProblem('error', this.place, this.message, this.fix);
  }
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
