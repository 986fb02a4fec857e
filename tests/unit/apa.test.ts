import { describe, expect, it } from 'vitest';
import { citation, formatAuthors, formatReference } from '~/utils/apa';
import { sourceSchema } from '~/schemas/source';

const source = (data: unknown) => sourceSchema.parse(data);

describe('APA references', () => {
  it('joins authors the APA way', () => {
    expect(formatAuthors(['Hughes, D. A.'])).toBe('Hughes, D. A.');
    expect(formatAuthors(['Hughes, D. A.', 'Baylin, J.'])).toBe('Hughes, D. A., & Baylin, J.');
    expect(formatAuthors(['A, B.', 'C, D.', 'E, F.'])).toBe('A, B., C, D., & E, F.');
  });

  // The result is HTML, so the ampersand is escaped.
  it('formats a book with the title in italics', () => {
    expect(
      formatReference(
        source({
          type: 'book',
          authors: ['Hughes, D. A.', 'Baylin, J.'],
          year: 2012,
          title: 'Brain-based parenting',
          publisher: 'W. W. Norton',
        }),
      ),
    ).toBe('Hughes, D. A., &amp; Baylin, J. (2012). <i>Brain-based parenting</i>. W. W. Norton.');
  });

  it('formats a journal article with volume, issue, pages and DOI', () => {
    expect(
      formatReference(
        source({
          type: 'article',
          authors: ['Coan, J. A.', 'Schaefer, H. S.', 'Davidson, R. J.'],
          year: 2006,
          title: 'Lending a hand: Social regulation of the neural response to threat',
          container: 'Psychological Science',
          volume: '17',
          issue: '12',
          pages: '1032-1039',
          doi: '10.1111/j.1467-9280.2006.01832.x',
        }),
      ),
    ).toBe(
      'Coan, J. A., Schaefer, H. S., &amp; Davidson, R. J. (2006). Lending a hand: Social regulation of the neural response to threat. <i>Psychological Science</i>, <i>17</i>(12), 1032-1039. https://doi.org/10.1111/j.1467-9280.2006.01832.x',
    );
  });

  it('formats a chapter with Dutch "Red." for editors', () => {
    expect(
      formatReference(
        source({
          type: 'chapter',
          authors: ['Fleming, A. S.', 'Li, M.'],
          year: 2002,
          title: 'Psychobiology of maternal behavior',
          container: 'Handbook of parenting',
          editors: ['Bornstein, M. H.'],
          pages: '61-97',
          publisher: 'Erlbaum',
        }),
      ),
    ).toBe(
      'Fleming, A. S., &amp; Li, M. (2002). Psychobiology of maternal behavior. In M. H. Bornstein (Red.), <i>Handbook of parenting</i> (pp. 61-97). Erlbaum.',
    );
  });

  it('marks the editors of an edited book with "Red."', () => {
    expect(
      formatReference(
        source({
          type: 'book',
          authors: ['Juffer, F.', 'Bakermans-Kranenburg, M. J.', 'van IJzendoorn, M. H.'],
          edited: true,
          year: 2008,
          title: 'Promoting positive parenting',
          publisher: 'Lawrence Erlbaum',
        }),
      ),
    ).toBe(
      'Juffer, F., Bakermans-Kranenburg, M. J., &amp; van IJzendoorn, M. H. (Red.). (2008). <i>Promoting positive parenting</i>. Lawrence Erlbaum.',
    );
  });

  it('says "z.d." for an unknown year and describes an unknown title in square brackets', () => {
    expect(
      formatReference(
        source({
          type: 'article',
          authors: ['Wildervanck, C.'],
          unknown: ['year', 'title', 'container'],
          description: 'Tijdschriftartikel over spiegelneuronen',
        }),
      ),
    ).toBe('Wildervanck, C. (z.d.). [Tijdschriftartikel over spiegelneuronen].');
    expect(citation({ authors: ['Wildervanck, C.'] })).toBe('Wildervanck, z.d.');
  });

  it('escapes markup in every field', () => {
    const html = formatReference(source({ type: 'web', authors: ['<script>x</script>'], year: 2020, title: 'A & B' }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('A &amp; B');
  });

  it('makes short in-text citations', () => {
    expect(citation({ authors: ['Hughes, D. A.', 'Baylin, J.'], year: 2012 })).toBe('Hughes & Baylin, 2012');
    expect(citation({ authors: ['Coan, J. A.', 'B, C.', 'D, E.'], year: 2006 })).toBe('Coan e.a., 2006');
  });
});
