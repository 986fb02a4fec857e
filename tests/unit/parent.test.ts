import { describe, expect, it } from 'vitest';
import { extractParentSummary, splitSentences } from '~/features/parents/sentences';

describe('parent view helpers', () => {
  it('cuts the "In het kort" section out of a rendered lesson', () => {
    const html =
      '<p>Inleiding</p><section class="parent-summary" id="in-het-kort" data-parent-summary><h2>In het kort</h2><p>Tekst.</p></section><h2>Meer</h2>';
    expect(extractParentSummary(html)).toBe(
      '<section class="parent-summary" id="in-het-kort" data-parent-summary><h2>In het kort</h2><p>Tekst.</p></section>',
    );
    expect(extractParentSummary('<p>Geen samenvatting</p>')).toBeUndefined();
  });

  it('splits Dutch text into sentences for read-aloud', () => {
    expect(splitSentences('Je kind huilt. Wat doe je? Je tilt het op!  Dan wordt het stil…')).toEqual([
      'Je kind huilt.',
      'Wat doe je?',
      'Je tilt het op!',
      'Dan wordt het stil…',
    ]);
  });
});
