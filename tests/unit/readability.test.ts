import { describe, expect, it } from 'vitest';
import { plainText, readability, syllables } from '../support/readability';

describe('readability', () => {
  it('counts Dutch syllables by vowel groups', () => {
    expect(syllables('kind')).toBe(1);
    expect(syllables('ouders')).toBe(2);
    expect(syllables('rijden')).toBe(2);
    expect(syllables('opvoeding')).toBe(3);
    expect(syllables('neuroplasticiteit')).toBe(6);
  });

  it('measures sentences and reading ease of plain B1 text', () => {
    const r = readability(plainText('Je kind huilt. Je tilt het op. Het wordt rustig in je armen.'));
    expect(r.sentences).toBe(3);
    expect(r.words).toBe(13);
    expect(r.longestLength).toBe(6);
    expect(r.fleschDouma).toBeGreaterThan(80);
  });

  it('ends a sentence after a closing quote too', () => {
    const r = readability("Hij zegt: 'Ze lacht zo hard.' Hij glimlacht.");
    expect(r.sentences).toBe(2);
  });

  it('ignores MDX tags, links and list markers', () => {
    expect(plainText('<Term id="x">woord</Term> en [link](/a/)\n- punt').split(/\s+/).filter(Boolean)).toEqual([
      'woord',
      'en',
      'link',
      'punt',
    ]);
  });
});
