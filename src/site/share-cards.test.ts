import { describe, expect, it } from 'vitest';
import { drawShareCard, type ShareCard } from './share-card.ts';
import { markBuild } from './build-mode.ts';
import { drawAhead, keyOf, prepareShareCards, SITE_CARD, shareCard } from './share-cards.ts';

// Each run draws new cards: an earlier run's cached ones would prove nothing.
const fresh = (n: number): ShareCard[] =>
  Array.from({ length: n }, (_, i) => ({
    lead: `Card ${i} of a test run at ${process.hrtime.bigint()}: a lead long enough to wrap onto a second line.`,
    title: 'A test article',
    label: 'Annotated by Gloss',
  }));

describe('share cards', () => {
  it('should draw cards in worker threads exactly as the build would draw them itself', async () => {
    const cards = fresh(3);
    const inWorkers = prepareShareCards(cards, 2);
    const drawn = await Promise.all(cards.map(shareCard));
    for (const [i, card] of cards.entries()) {
      expect(drawn[i]!.equals(await drawShareCard(card)), card.lead).toBe(true);
    }
    expect([drawn[0]!.readUInt32BE(16), drawn[0]!.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await inWorkers).toBe(3);
    // Drawn once: a second build finds them cached and starts no worker.
    expect(await prepareShareCards(cards, 2)).toBe(0);
  });

  it('should set a section’s words in quotation marks and the site’s own description without', async () => {
    const quoted = { ...SITE_CARD, quoted: true };
    expect(keyOf(SITE_CARD)).not.toBe(keyOf(quoted));
    expect((await drawShareCard(SITE_CARD)).equals(await drawShareCard(quoted))).toBe(false);
    expect(keyOf({ lead: 'a', title: 'b', label: 'c' })).toBe(
      keyOf({ lead: 'a', title: 'b', label: 'c', quoted: true }),
    );
  });

  it('should still serve every card when the workers cannot start', async () => {
    // A missing file fails as the worker starts; a bare name cannot even make a worker.
    for (const script of ['/nowhere/share-card-worker.ts', 'share-card-worker.ts']) {
      const cards = fresh(1);
      const inWorkers = prepareShareCards(cards, 2, script);
      expect((await shareCard(cards[0]!)).equals(await drawShareCard(cards[0]!))).toBe(true);
      expect(await inWorkers).toBe(0);
    }
    const cards = fresh(2);
    const inWorkers = prepareShareCards(cards, 2, '/nowhere/share-card-worker.ts');
    const drawn = await Promise.all(cards.map(shareCard));
    expect(await inWorkers).toBe(0);
    expect(drawn.map((png) => png.equals(drawn[0]!))).toEqual([true, false]);
    expect(drawn[1]!.equals(await drawShareCard(cards[1]!))).toBe(true);
  });

  it('should draw ahead only once a build has said so, never under the dev server or a check', async () => {
    const before = fresh(2);
    drawAhead(before);
    // Nothing was started: these workers draw both.
    expect(await prepareShareCards(before, 1)).toBe(2);
    markBuild();
    const during = fresh(2);
    drawAhead(during);
    // Both already started: nothing left for these workers.
    expect(await prepareShareCards(during, 1)).toBe(0);
    for (const card of during) expect((await shareCard(card)).equals(await drawShareCard(card))).toBe(true);
  });
});
