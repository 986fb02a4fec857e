import { describe, expect, it } from 'vitest';
import { keyMessages, sectionSlides } from '~/features/deck/slides';

const lesson = `
<section class="parent-summary" data-parent-summary><h2>In het kort</h2><p>Tekst.</p>
<ol data-key-messages><li>Een.</li><li>Twee.</li><li>Drie.</li></ol></section>
<h2 id="eerste-deel">Eerste deel</h2>
<p>Uitleg die niet op de dia komt.</p>
<section class="keypoints" data-keypoints data-reveal><p class="keypoints__title">Kernpunten</p><ul><li>Punt A</li><li>Punt B</li></ul></section>
<aside class="trainer-note" data-trainer-note hidden><p class="eyebrow">Voor de trainer</p><p>Vraag (5 min.): wat herken je?</p></aside>
<h2 id="tweede-deel">Tweede deel</h2>
<figure class="figure"><svg role="img" aria-label="Schema"></svg><figcaption>Schema</figcaption></figure>
<aside class="callout"><figure class="figure"><svg></svg></figure></aside>`;

describe('slides from a lesson', () => {
  it('makes a slide per section with its key points, figures and trainer notes', () => {
    const slides = sectionSlides(lesson);
    expect(slides.map((s) => [s.id, s.title])).toEqual([
      ['eerste-deel', 'Eerste deel'],
      ['tweede-deel', 'Tweede deel'],
    ]);
    expect(slides[0]?.points).toBe('<ul><li>Punt A</li><li>Punt B</li></ul>');
    expect(slides[0]?.reveal).toBe(true);
    expect(slides[0]?.notes).toBe('<p>Vraag (5 min.): wat herken je?</p>');
    expect(slides[0]?.figures).toEqual([]);
    expect(slides[1]?.figures).toHaveLength(2);
    expect(slides[1]?.points).toBe('');
  });

  it('reads the key messages for the closing slide', () => {
    expect(keyMessages(lesson)).toEqual(['Een.', 'Twee.', 'Drie.']);
  });
});
