/** Prefixes a site path with the configured base, e.g. `/gloss/` + `a/b/` → `/gloss/a/b/`. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

/** Makes an absolute URL for a site path, for canonical links and share cards. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').toString();
}

/** The anchor id of a context box: one per item per section. */
export const boxId = (section: string, ref: string) => `box-${section}-${ref}`;
/** The anchor id of a mention in the text. */
export const mentionId = (section: string, index: number) => `m-${section}-${index}`;

/** Site path of the share card of the pages that are no article's (`src/pages/og/site.png.ts`). */
export const SITE_CARD_PATH = 'og/site.png';

/** Site path of a section's share card (`src/pages/og/[article]/[section].png.ts`); an article's is its first section's. */
export const cardPath = (slug: string, section: string) => `og/${slug}/${section}.png`;
