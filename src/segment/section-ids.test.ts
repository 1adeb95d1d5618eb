import { describe, expect, it } from 'vitest';
import { assignSectionIds, sectionSlug } from './section-ids.ts';

const sections = (texts: string[]) => texts.map((text) => ({ heading: null, text }));

describe('section ids', () => {
  it('should make readable slugs from the first content words', () => {
    expect(sectionSlug(null, 'On June 18th, for the first time in 24 years, he came.')).toBe('june-18th-first-time');
    expect(sectionSlug('Who pays?', 'Anything')).toBe('who-pays');
  });

  it('should open every id with a letter, so that it needs no escaping as a selector', () => {
    expect(sectionSlug('1. Eurostat 2024 figures', 'x')).toBe('s-1-eurostat-2024-figures');
    expect(sectionSlug(null, '2024 was the hottest year.')).toBe('s-2024-hottest-year');
    expect(sectionSlug('Опрос', 'x')).toBe('section');
  });

  it('should keep the other sections’ ids when one paragraph is edited', () => {
    const before = assignSectionIds(
      sections(['Alpha beta gamma delta.', 'Second point here now.', 'Third one follows after.']),
    );
    const after = assignSectionIds(
      sections(['Alpha beta gamma delta.', 'Rewritten second paragraph entirely.', 'Third one follows after.']),
    );
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('should keep ids unique and honour pinned ids', () => {
    const ids = assignSectionIds([
      ...sections(['Same words again.', 'Same words again.']),
      { heading: null, text: 'x', pinned: 'same-words-again' },
    ]);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe('same-words-again');
  });
});
