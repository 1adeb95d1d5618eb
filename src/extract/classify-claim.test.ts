import { describe, expect, it } from 'vitest';
import { classifyClaim } from './classify-claim.ts';

const none = { figures: 0, dates: 0, actors: 0 };
const anchored = { figures: 1, dates: 1, actors: 1 };

describe('classifyClaim', () => {
  it.each([
    ['A necessary response should be an increase in arms production.', none, 'recommendation'],
    ['We need binding rules before the summit.', none, 'recommendation'],
    ['The longer it lasts, the stronger the imperative for a coalition to unite efforts.', none, 'recommendation'],
    ['Russia is unlikely to achieve its goals.', { ...none, actors: 1 }, 'forecast'],
    ['Hunger will rise across East Africa by the end of the year.', anchored, 'forecast'],
    ['On June 18th he embarked on a two-day visit.', anchored, 'fact'],
    ['The British Medical Association says its members lost pay.', { ...none, actors: 1 }, 'fact'],
    ['Frankly, nobody believes the targets any more.', { ...none, actors: 1 }, 'opinion'],
    ['The implications are profound.', none, 'opinion'],
    ['Is this the end of the alliance?', anchored, 'opinion'],
    ['"We will never surrender," said Prime Minister Keir Starmer.', { ...none, actors: 1 }, 'fact'],
    ['“We must act,” she told reporters.', none, 'recommendation'],
  ] as const)('should classify %j', (sentence, evidence, kind) => {
    expect(classifyClaim(sentence, evidence).kind).toBe(kind);
  });
});
