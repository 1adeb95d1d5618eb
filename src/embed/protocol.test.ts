import { describe, expect, it } from 'vitest';
import { isGlossHeight, pymHeight, readPymWidth } from './protocol.ts';

describe('embed protocol', () => {
  it('should accept only exact Gloss height messages', () => {
    expect(isGlossHeight({ type: 'gloss:height', id: 'a', height: 420 })).toBe(true);
    for (const bad of [
      null,
      'gloss:height',
      [],
      { type: 'gloss:height', id: 'a', height: Infinity },
      { type: 'gloss:height', id: 'a', height: -1 },
      { type: 'gloss:height', id: 'a', height: 1e9 },
      { type: 'gloss:height', id: 'a', height: '420' },
      { type: 'gloss:height', id: 'a', height: 420, navigateTo: 'https://evil.example' },
      { type: 'gloss:navigate', id: 'a', height: 1 },
    ])
      expect(isGlossHeight(bad), JSON.stringify(bad)).toBe(false);
  });

  it('should speak pym.js strings, and read only width messages for its own id', () => {
    expect(pymHeight('x1', 300.2)).toBe('pymxPYMxx1xPYMxheightxPYMx301');
    expect(readPymWidth('pymxPYMxx1xPYMxwidthxPYMx640', 'x1')).toBe(640);
    expect(readPymWidth('pymxPYMxotherxPYMxwidthxPYMx640', 'x1')).toBeNull();
    expect(readPymWidth('pymxPYMxx1xPYMxnavigateToxPYMxjavascript:alert(1)', 'x1')).toBeNull();
  });
});
