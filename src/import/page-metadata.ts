import { parseHTML } from 'linkedom';
import { toIsoDate } from '../read/dates.ts';

/** What a saved page says about its article, from JSON-LD, meta tags and `<time>`. */
export interface PageMetadata {
  /** The headline as JSON-LD gives it, exactly. */
  headline?: string;
  /** JSON-LD's headline, else Open Graph's or Twitter's title (which may carry the site's name). */
  title?: string;
  dek?: string;
  author?: string;
  publication?: string;
  publishedAt?: string;
  sourceUrl?: string;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Posting|Report|Review)$/;
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'article.published',
];

/**
 * Reads an article page's metadata. JSON-LD (schema.org NewsArticle and kin) comes first, then
 * meta tags (Open Graph, Dublin Core, `author`, Parse.ly), then the first `<time>` element.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const ld = articleFromJsonLd(document);
  const meta = (...names: string[]) => {
    for (const name of names) {
      for (const el of document.querySelectorAll('meta')) {
        const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
        const content = el.getAttribute('content')?.trim();
        if (key?.toLowerCase() === name.toLowerCase() && content) return content;
      }
    }
    return undefined;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const savedFrom = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(document.documentElement?.outerHTML ?? '')?.[1];
  const time = document.querySelector(
    'article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime], time',
  );
  const authorMeta = [
    meta('author'),
    meta('article:author'),
    meta('parsely-author'),
    meta('sailthru.author'),
    meta('dc.creator'),
  ].find((a) => a && !/^https?:/i.test(a));
  return {
    headline: ld.title,
    title: ld.title ?? meta('og:title', 'twitter:title', 'parsely-title', 'dc.title', 'headline'),
    dek: ld.dek ?? meta('og:description', 'twitter:description', 'description', 'dc.description'),
    author: ld.author ?? authorMeta,
    publication: ld.publication ?? meta('og:site_name', 'application-name'),
    publishedAt:
      toIsoDate(ld.publishedAt) ??
      DATE_META.map((n) => toIsoDate(meta(n))).find(Boolean) ??
      toIsoDate(time?.getAttribute('datetime')) ??
      toIsoDate(time?.textContent),
    sourceUrl: [canonical, meta('og:url', 'twitter:url'), ld.url, savedFrom].find((u) => u && /^https?:\/\//i.test(u)),
  };
}

/** Finds the article node in the page's JSON-LD blocks (also inside `@graph` and arrays). */
function articleFromJsonLd(document: Document): {
  title?: string;
  dek?: string;
  author?: string;
  publication?: string;
  publishedAt?: string;
  url?: string;
} {
  const nodes: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A broken JSON-LD block is the page's problem; the meta tags still count.
    }
  }
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (v: unknown): unknown =>
    isObject(v) && typeof v['@id'] === 'string' && !v.name ? (byId.get(v['@id']) ?? v) : v;
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return {};
  const authors = ([] as unknown[]).concat(article.author ?? article.creator ?? []).map(resolve);
  const names = authors
    .map((a) => (typeof a === 'string' ? a : isObject(a) ? str(a.name) : undefined))
    .filter((n): n is string => !!n && !/^https?:/i.test(n));
  const publisher = resolve(article.publisher);
  const page = resolve(article.mainEntityOfPage);
  return {
    title: str(article.headline) ?? str(article.name),
    dek: str(article.alternativeHeadline) ?? str(article.description),
    author: names.length ? joinNames(names) : undefined,
    publication: isObject(publisher) ? str(publisher.name) : undefined,
    publishedAt: str(article.datePublished) ?? str(article.dateCreated),
    url: str(article.url) ?? (isObject(page) ? (str(page['@id']) ?? str(page.url)) : str(page)),
  };
}

function collect(value: unknown, into: Json[]): void {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (isObject(value)) {
    into.push(value);
    if (value['@graph']) collect(value['@graph'], into);
  }
}

/** Joins authors as a byline: `A`, `A and B`, `A, B and C`. */
export function joinNames(names: string[]): string {
  const unique = [...new Set(names.map((n) => n.trim()))];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? decodeEntities(v).trim() : undefined;

/** Decodes HTML entities some publishers leave in JSON-LD strings (`can&#8217;t`), dropping any tags. */
function decodeEntities(text: string): string {
  if (!/[&<]/.test(text)) return text;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  document.body.innerHTML = text;
  return document.body.textContent ?? text;
}
const types = (n: Json): string[] =>
  ([] as unknown[]).concat(n['@type'] ?? []).filter((t): t is string => typeof t === 'string');
