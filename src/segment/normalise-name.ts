/** Reads a dotted abbreviation as its acronym: `U.S.` → `US`, `U.N.` → `UN`; other names stay as they are. */
export function undot(name: string): string {
  return /^(?:\p{Lu}\.){2,}$/u.test(name) ? name.replace(/\./g, '') : name;
}
