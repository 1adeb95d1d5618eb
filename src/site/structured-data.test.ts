import { describe, expect, it } from 'vitest';
import { newsArticleLd } from './structured-data.ts';
import { loadFixture } from './fixtures/load.ts';

const article = loadFixture('housing');

describe('newsArticleLd', () => {
  it('should describe the article with its actors, and add a ClaimReview per verdict', () => {
    const ld = newsArticleLd(article, 'https://x.example/housing/', 'https://x.example/og.png') as Record<
      string,
      unknown
    >[];
    expect(ld).toHaveLength(2);
    expect(ld[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: '2018-03-16',
      image: 'https://x.example/og.png',
      mentions: [
        { '@type': 'Person', name: 'Mara Quill' },
        { '@type': 'Organization', name: 'Harbour Council' },
      ],
    });
    expect(ld[1]).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://x.example/housing/#claim-money-c2',
      claimReviewed: 'Mara Quill said 4,000 homes.',
      reviewRating: { alternateName: 'Unproven' },
    });
    expect(ld[1]!.reviewRating).not.toHaveProperty('ratingValue');
  });

  it('should be a single object when no claim has a verdict', () => {
    const plain = {
      ...article,
      sections: article.sections.map((s) => ({ ...s, claims: s.claims.map(({ verdict: _, ...c }) => c) })),
    };
    expect(newsArticleLd(plain, 'https://x.example/housing/', undefined)).toMatchObject({ '@type': 'NewsArticle' });
    expect(newsArticleLd(plain, 'https://x.example/housing/', undefined)).not.toHaveProperty('image');
  });
});
