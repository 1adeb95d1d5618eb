import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteWarning } from './site-origin.ts';

describe('siteWarning', () => {
  it('should warn a build without GLOSS_SITE that its links point at the placeholder, and say how to fix it', () => {
    const warning = siteWarning({}, 'build');
    expect(warning).toContain(PLACEHOLDER_SITE);
    expect(warning).toMatch(/GLOSS_SITE=https:\/\/your\.site/);
  });

  it('should say nothing when the origin is set, or when nothing is published (dev, check)', () => {
    expect(siteWarning({ GLOSS_SITE: 'https://news.example' }, 'build')).toBeNull();
    expect(siteWarning({}, 'dev')).toBeNull();
    expect(siteWarning({}, 'sync')).toBeNull();
  });
});
