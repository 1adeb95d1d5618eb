import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from '../read/nearest.ts';
import { slugFromFile } from '../read/read-article.ts';

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

/**
 * Says which slugs name no article, each with the article it was likely meant to be: a near slug
 * (`river-damm` → `river-dam`) or the slug of a file path given instead of one.
 */
export function unknownSlugs(missing: string[], slugs: string[], folder: string): string {
  const named = missing.map((slug) => {
    const fromPath = slugFromFile(slug);
    const meant = nearest(slug, slugs) ?? (slugs.includes(fromPath) ? fromPath : undefined);
    return `\`${slug}\`${meant ? ` (did you mean \`${meant}\`?)` : ''}`;
  });
  return `no article with the slug ${named.join(', ')} in ${folder}`;
}
