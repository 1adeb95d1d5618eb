import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article, Section } from '../model/article.ts';
import { embedSnippets } from './embed-code.ts';

const article = (title: string) =>
  ({ slug: 'op-ed', title, sections: [{ id: 'first' }, { id: 'second' }] }) as unknown as Article;
const second = { id: 'second' } as Section;
const site = new URL('https://news.example/');

/** Reads an attribute of the first tag as an HTML parser would (the five XML entities). */
const attribute = (html: string, name: string) =>
  new RegExp(` ${name}="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

describe('embedSnippets', () => {
  it('should point the iframe at the section embed and the loader at embed.js', () => {
    const s = embedSnippets(article('Free buses'), second, 2, site);
    expect(attribute(s.iframe, 'src')).toBe('https://news.example/embed/op-ed/second/');
    expect(attribute(s.iframe, 'title')).toBe('Free buses, section 2, annotated by Gloss');
    expect(s.withLoader).toBe(`${s.iframe}\n<script src="https://news.example/embed.js" async></script>`);
  });

  it('should keep any title inside its attribute, whatever characters it has', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const { iframe } = embedSnippets(article(title), second, 2, site);
        expect(iframe.match(/<iframe /g)).toHaveLength(1);
        expect(attribute(iframe, 'title')).toBe(`${title}, section 2, annotated by Gloss`);
        expect(iframe.endsWith(' data-gloss-embed></iframe>')).toBe(true);
      }),
    );
  });
});
