import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from '../read/nearest.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
// What each option reads as: a string, a boolean, or undefined when it is not given.
type ParsedValues<O extends Options> = {
  [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean | undefined : string | undefined;
};

/**
 * Reads a command's arguments: prints the usage and exits 0 on `--help`, exits 2 with the usage on
 * an unknown option or (with `one`) on anything but exactly one file.
 */
export function readArgs<O extends Options>(
  usage: string,
  options: O,
  positionals: 'one' | 'any',
): { values: ParsedValues<O>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${argumentError(error as Error & { code?: string }, Object.keys(options))}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  if (positionals === 'one' && parsed.positionals.length !== 1) {
    process.stderr.write(usage);
    process.exit(2);
  }
  return parsed as { values: ParsedValues<O>; positionals: string[] };
}

/** Says what is wrong with the arguments in a user's words: an unknown option gets "did you mean". */
export function argumentError(error: Error & { code?: string }, known: string[]): string {
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const near = nearest(unknown.replace(/^-+/, ''), [...known, 'help']);
    return `gloss: unknown option \`${unknown}\`${near ? `; did you mean \`--${near}\`?` : ''}`;
  }
  return `gloss: ${error.message}`;
}
