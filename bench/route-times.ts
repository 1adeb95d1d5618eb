import { stripVTControlCharacters } from 'node:util';

/** Reads Astro's per-route generation times (`├─ /a/b/index.html (+12ms)`) from a build log. */
export function routeTimes(log: string): { path: string; ms: number }[] {
  return [...stripVTControlCharacters(log).matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map((m) => ({
    path: m[1]!,
    ms: Number(m[2]),
  }));
}

/** Names the kind of a built file, e.g. `/embed/a/b/index.html` → `embed/[article]/[section]`. */
export function routeKind(path: string): string {
  const parts = path
    .replace(/^\//, '')
    .replace(/(?:^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  const [first, ...rest] = parts;
  if (!first) return 'index';
  if (['embed', 'og', 'oembed', 'api'].includes(first) && rest.length) {
    if (first === 'api' && rest.length > 1) return `api/${rest[0]}/[slug].json`;
    if (first === 'api') return `api/${rest.join('/')}`;
    if (rest.length === 1) return `${first}/[article]`;
    if (first === 'oembed') return 'oembed/[article]/[page].json';
    const last = rest[rest.length - 1]!;
    const fixed = ['timeline', 'timeline.json', 'index.json'].includes(last) ? last : '[section]';
    return `${first}/[article]/${fixed}${first === 'og' ? '.png' : ''}`;
  }
  if (rest.length === 0) return first.includes('.') ? first : '[article]';
  const fixed = ['actors', 'timeline', 'figures', 'claims'];
  return `[article]/${fixed.includes(rest[0]!) ? rest[0] : '[section]'}`;
}
