import { describe, expect, it } from 'vitest';
import { GlossError, gatherErrors, sortByPlace } from './gloss-error.ts';

const at = (file: string, line?: number, column?: number) =>
  new GlossError({ file, line, column }, `${file}:${line}:${column}`, 'fix');

describe('gatherErrors', () => {
  it('should throw the first problem in file order and carry the others, in order', () => {
    const error = gatherErrors([at('a.yaml', 12, 12), at('a.yaml', 19, 22), at('a.yaml', 17, 14), at('a.yaml', 17, 3)]);
    expect(error.all().map((e) => e.message)).toEqual(['a.yaml:12:12', 'a.yaml:17:3', 'a.yaml:17:14', 'a.yaml:19:22']);
  });

  it('should format every problem it carries, each with its fix', () => {
    expect(gatherErrors([at('a.yaml', 2, 1), at('a.yaml', 1, 5)]).format()).toBe(
      'a.yaml:1:5: error: a.yaml:1:5\n  fix: fix\na.yaml:2:1: error: a.yaml:2:1\n  fix: fix',
    );
  });
});

describe('sortByPlace', () => {
  it('should keep files in the order they first come, a whole-file problem first in its file', () => {
    const sorted = sortByPlace(
      [at('b.yaml', 3, 1), at('a.md', 9, 1), at('b.yaml', 1, 1), at('b.yaml')],
      (e) => e.place,
    );
    expect(sorted.map((e) => e.message)).toEqual([
      'b.yaml:undefined:undefined',
      'b.yaml:1:1',
      'b.yaml:3:1',
      'a.md:9:1',
    ]);
  });
});
