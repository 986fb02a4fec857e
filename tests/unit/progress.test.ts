import { describe, expect, it } from 'vitest';
import { continueWith } from '~/features/progress/progress';

describe('"Verder waar je gebleven was"', () => {
  const order = ['m/a', 'm/b', 'm/c'];
  it('goes to the lesson opened last while it is not finished', () => {
    expect(continueWith(order, { 'm/a': '2026-12-01', 'm/b': '2026-12-02' }, {})).toBe('m/b');
  });
  it('goes to the next unfinished lesson when the last one is finished', () => {
    expect(continueWith(order, { 'm/a': '2026-12-02' }, { 'm/a': '2026-12-02' })).toBe('m/b');
    expect(continueWith(order, { 'm/b': '2026-12-02' }, { 'm/b': '2026-12-02', 'm/c': '2026-12-01' })).toBe('m/a');
  });
  it('has nothing to offer before a first visit or when everything is finished', () => {
    expect(continueWith(order, {}, {})).toBeUndefined();
    const all = { 'm/a': 'x', 'm/b': 'x', 'm/c': 'x' };
    expect(continueWith(order, { 'm/c': 'x' }, all)).toBeUndefined();
  });
});
