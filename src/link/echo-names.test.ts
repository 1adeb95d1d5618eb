import { describe, expect, it } from 'vitest';
import { echoNames, ECHO_RULE } from './echo-names.ts';
import type { ActorFinding } from '../extract/extract-actors.ts';

const person = (text: string, start: number, extra: Partial<ActorFinding> = {}): ActorFinding => ({
  text,
  start,
  end: start + text.length,
  name: text,
  kind: 'person',
  rule: 'actor.title-before-name',
  confidence: 0.9,
  ...extra,
});

describe('echoNames', () => {
  const first = 'Mayor Lena Brandt spoke.';
  const second = 'Brandt left. Lena Brandt came back, and Brandtville cheered.';
  const [a, b] = echoNames([
    { text: first, actors: [person('Lena Brandt', 6, { role: 'Mayor' })], dates: [], figures: [] },
    { text: second, actors: [], dates: [{ start: 0, end: 0 }], figures: [] },
  ]);

  it('should find a recognised name and its surname again elsewhere, as whole words only', () => {
    expect(a).toHaveLength(1);
    expect(b!.map((f) => [f.text, f.start])).toEqual([
      ['Brandt', 0],
      ['Lena Brandt', 13],
    ]);
  });

  it('should mark echoes with their own rule and no title, naming the full name', () => {
    for (const f of b!) {
      expect(f.rule).toBe(ECHO_RULE);
      expect(f.role).toBeUndefined();
      expect(f.name).toBe('Lena Brandt');
    }
    expect(a![0]!.rule).toBe('actor.title-before-name');
  });

  it('should not echo over a figure or date already found', () => {
    const [s] = echoNames([
      { text: 'Brandt and Brandt', actors: [person('Brandt', 0)], dates: [{ start: 11, end: 17 }], figures: [] },
    ]);
    expect(s!.map((f) => f.start)).toEqual([0]);
  });
});
