/** Pages under these top-level folders are not for search engines: embeds (noindex), data, review, share cards, search results. */
const HIDDEN = new Set(['embed', 'api', 'oembed', 'og', 'review', 'search']);

/**
 * Builds the `@astrojs/sitemap` filter: keeps the reader-facing HTML pages (the index, articles,
 * their indexes and section permalinks) and drops embeds, review pages and data files.
 */
export function readerPages(site: string, base: string): (url: string) => boolean {
  const root = new URL(base.replace(/\/?$/, '/'), site).pathname;
  return (url) => {
    const path = new URL(url).pathname;
    if (!path.startsWith(root) || !path.endsWith('/')) return false;
    return !HIDDEN.has(path.slice(root.length).split('/')[0]!);
  };
}
