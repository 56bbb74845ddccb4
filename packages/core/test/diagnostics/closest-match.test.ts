import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/diagnostics/closest-match.js';

describe('closestMatch', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('finds the nearest candidate within a third of the length, the first on a tie', () => {
    expect(closestMatch('who-does-wat', ['duties', 'who-does-what', 'who-does-that'])).toBe('who-does-what');
    expect(closestMatch('Roles', ['roles', 'rules'])).toBe('roles');
    expect(closestMatch('pricing', ['roles', 'team'])).toBeUndefined();
  });
});
