import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonParts, LessonPartsError } from '~/utils/lesson-parts';
import { renderLesson } from '../support/render-lesson';

const source = {
  file: 'content/lessons/m/les.mdx',
  data: { keyMessages: ['Een.', 'Twee.', 'Drie.'], quiz: [{}], reflections: [] },
  titles: { summary: 'In het kort', quiz: 'Oefenvragen', reflection: 'Reflectie' },
};

const lesson = `
<section class="parent-summary" id="in-het-kort" data-parent-summary><p class="eyebrow">Voor ouders</p><h2 id="in-het-kort-titel">In het kort</h2><div><p>Tekst.</p></div>
<h3>Om te onthouden</h3><ol data-key-messages><li>Een.</li><li>Twee.</li><li>Drie.</li></ol></section>
<h2 id="eerste-deel">Eerste deel</h2>
<p>Uitleg die niet op de dia komt.</p>
<section class="keypoints" data-keypoints data-reveal><p class="keypoints__title">Kernpunten</p><ul><li>Punt A</li><li>Punt B</li></ul></section>
<aside class="trainer-note" data-trainer-note hidden><p class="eyebrow">Voor de trainer</p><p>Vraag (5 min.): wat herken je?</p></aside>
<h2 id="tweede-deel">Tweede deel</h2>
<h3 id="een-stukje">Een stukje</h3>
<figure class="figure"><svg role="img" aria-label="Schema"></svg><figcaption>Schema</figcaption></figure>
<aside class="callout"><figure class="figure"><svg></svg></figure></aside>`;

describe('lesson parts from rendered HTML', () => {
  const parts = lessonParts(lesson, source);

  it('gives each section its key points, figures and trainer notes', () => {
    expect(parts.sections.map((s) => [s.id, s.title])).toEqual([
      ['eerste-deel', 'Eerste deel'],
      ['tweede-deel', 'Tweede deel'],
    ]);
    expect(parts.sections[0]?.points).toBe('<ul><li>Punt A</li><li>Punt B</li></ul>');
    expect(parts.sections[0]?.reveal).toBe(true);
    expect(parts.sections[0]?.notes).toBe('<p>Vraag (5 min.): wat herken je?</p>');
    expect(parts.sections[0]?.figures).toEqual([]);
    expect(parts.sections[1]?.figures).toHaveLength(2);
    expect(parts.sections[1]?.points).toBe('');
  });

  it('gives the summary as HTML and as text, and the key messages from the frontmatter', () => {
    expect(parts.summary?.html).toMatch(/^<section class="parent-summary"[\s\S]*<\/section>$/);
    expect(parts.summary?.text).toBe('Tekst.\n\nEen.\n\nTwee.\n\nDrie.');
    expect(parts.keyMessages).toEqual(['Een.', 'Twee.', 'Drie.']);
  });

  it('lists the table of contents with the standard parts where the lesson has them', () => {
    expect(parts.toc.map((h) => `${h.depth} ${h.slug}`)).toEqual([
      '2 in-het-kort',
      '2 eerste-deel',
      '2 tweede-deel',
      '3 een-stukje',
      '2 oefenvragen',
    ]);
  });

  it('leaves "In het kort", trainer notes and figures out of the professional text', () => {
    expect(parts.professionalText).toContain('Uitleg die niet op de dia komt.');
    expect(parts.professionalText).not.toMatch(/Tekst\.|herken je|Schema/);
  });

  it('refuses a summary without key messages, and key messages without a summary, naming the file', () => {
    expect(() => lessonParts(lesson, { ...source, data: { ...source.data, keyMessages: undefined } })).toThrow(
      'content/lessons/m/les.mdx: veld "keyMessages" ontbreekt',
    );
    expect(() => lessonParts('<h2 id="a">A</h2>', source)).toThrow(LessonPartsError);
  });
});

describe('lesson parts from real MDX, rendered with the lesson components', () => {
  const fixture = (name: string) => join(import.meta.dirname, '../fixtures/lesson-parts', `${name}.mdx`);

  it('reads key messages written with single quotes', async () => {
    const { parts } = await renderLesson(fixture('enkele-aanhalingstekens'));
    expect(parts.keyMessages).toEqual([
      'Troost helpt je kind.',
      "Jij mag ook 'even niet' kunnen.",
      'Vraag hulp als het te zwaar is.',
    ]);
    expect(parts.summary?.text).toContain("Jij mag ook 'even niet' kunnen.");
  });

  it('keeps a summary whole when it has key points inside', async () => {
    const { parts } = await renderLesson(fixture('kernpunten-in-het-kort'));
    expect(parts.summary?.text).toContain('Een punt voor ouders');
    expect(parts.summary?.text).toContain('Dit staat na de kernpunten en hoort er nog bij.');
    expect(parts.summary?.text).toMatch(/Derde zin\.$/);
    expect(parts.sections.map((s) => s.id)).toEqual(['verder']);
    expect(parts.sections[0]?.notes).toContain('Vraag de groep wat ze herkennen.');
  });

  it('refuses two summaries with a Dutch message naming the file', async () => {
    await expect(renderLesson(fixture('twee-samenvattingen'))).rejects.toThrow(
      'tests/fixtures/lesson-parts/twee-samenvattingen.mdx: deze les heeft meer dan één <ParentSummary>',
    );
  });

  it('tells an author who still writes <ParentSummary messages> where the messages go now', async () => {
    await expect(renderLesson(fixture('oude-schrijfwijze'))).rejects.toThrow(
      'tests/fixtures/lesson-parts/oude-schrijfwijze.mdx: <ParentSummary messages> bestaat niet meer. Zet de drie kernboodschappen in de frontmatter onder "keyMessages".',
    );
  });
});
