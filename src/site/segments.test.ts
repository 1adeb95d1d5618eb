import { describe, expect, it } from 'vitest';
import { sectionParagraphs } from './segments.ts';
import { buildArticle } from '../pipeline/build-article.ts';
import { listArticles, readArticleInput } from '../read/load-content.ts';

describe('sectionParagraphs', () => {
  const articles = listArticles('content').map((f) =>
    buildArticle(readArticleInput(f, { contexts: [], text: '' }).source, []),
  );

  it('should give back the exact section text, so rendering never loses or joins words', () => {
    for (const a of articles) {
      for (const s of a.sections) {
        const text = sectionParagraphs(s)
          .map((p) => p.flatMap((piece) => piece.parts.map((x) => x.text)).join(''))
          .join('\n\n');
        expect(text).toBe(s.text);
      }
    }
  });

  it('should render every mention exactly once', () => {
    for (const a of articles) {
      for (const s of a.sections) {
        const rendered = sectionParagraphs(s)
          .flat()
          .flatMap((p) => p.parts)
          .filter((p) => p.mention);
        expect(rendered).toHaveLength(s.mentions.length);
      }
    }
  });
});
