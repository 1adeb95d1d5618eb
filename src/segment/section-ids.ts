import { slugify } from '../model/slug.ts';

const STOPWORDS = new Set(
  'a an and are as at be but by for from has have in into is it its of on or that the their this to was were which with will would'.split(
    ' ',
  ),
);

// Paths the site uses beside section permalinks: a section may not take them.
const RESERVED = new Set(['actors', 'timeline', 'figures', 'claims', 'embed', 'api', 'og', 'oembed', 'index']);

/** Makes a readable id from a section's heading, else from the first content words of its text. */
export function sectionSlug(heading: string | null, text: string): string {
  const slug = heading
    ? slugify(heading)
    : slugify(text, 40)
        .split('-')
        .filter((w) => w && !STOPWORDS.has(w))
        .slice(0, 4)
        .join('-');
  // An id is also a CSS selector and a fragment: one that opens with a digit ("1. Figures") needs
  // escaping in both, so it opens with a letter.
  return !slug ? 'section' : /^\d/.test(slug) ? `s-${slug}` : slug;
}

/**
 * Assigns unique ids in order. A pinned id wins; others come from their own text only, so editing
 * one section never renames another (apart from a shared slug's numeric suffix).
 */
export function assignSectionIds(sections: { heading: string | null; text: string; pinned?: string }[]): string[] {
  const used = new Set(sections.flatMap((s) => (s.pinned ? [s.pinned] : [])));
  return sections.map((s) => {
    if (s.pinned) return s.pinned;
    const slug = sectionSlug(s.heading, s.text);
    const base = RESERVED.has(slug) ? `${slug}-section` : slug;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
