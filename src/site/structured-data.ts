import type { Actor, Article } from '../model/article.ts';

const TYPES: Record<Actor['kind'], string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  place: 'Place',
  group: 'Organization',
};

/** Builds the schema.org NewsArticle of an article, with its named actors as `mentions` and reviewed claims as ClaimReview. */
export function newsArticleLd(article: Article, url: string, image: string | undefined): object {
  const reviews = article.sections.flatMap((s) =>
    s.claims
      .filter((c) => c.verdict)
      .map((c) => ({
        '@type': 'ClaimReview',
        url: `${url}#claim-${c.id}`,
        claimReviewed: c.text,
        ...(article.publishedAt && { datePublished: article.publishedAt }),
        author: { '@type': 'Organization', name: 'Gloss editors' },
        reviewRating: {
          '@type': 'Rating',
          alternateName: c.verdict!.rating,
          ...(c.verdict!.score && { ratingValue: c.verdict!.score, bestRating: 5, worstRating: 1 }),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(article.author && { author: { '@type': 'Person', name: article.author } }),
          ...(article.publishedAt && { datePublished: article.publishedAt }),
          appearance: { '@type': 'NewsArticle', url, headline: article.title },
        },
      })),
  );
  const news = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.dek && { description: article.dek }),
    ...(article.publishedAt && { datePublished: article.publishedAt }),
    ...(article.author && { author: { '@type': 'Person', name: article.author } }),
    ...(article.publication && { publisher: { '@type': 'Organization', name: article.publication } }),
    ...(image && { image }),
    url,
    mainEntityOfPage: url,
    mentions: article.actors.map((a) => ({
      '@type': TYPES[a.kind],
      name: a.name,
      ...(a.links.length && { sameAs: a.links.map((l) => l.url) }),
    })),
  };
  return reviews.length ? [news, ...reviews.map((r) => ({ '@context': 'https://schema.org', ...r }))] : news;
}
