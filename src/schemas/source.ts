import { z } from 'astro/zod';

/** Author as "Surname, I. I." (APA), or an organisation name. */
const author = z.string().min(2);

/** Bibliographic details that may be left out when they are not known; the reference then says so. */
export const unknownFields = ['year', 'title', 'container', 'volume', 'issue', 'pages', 'publisher'] as const;

/** A reference in `content/sources/<key>.yaml`, rendered in APA 7 style. */
export const sourceSchema = z
  .object({
    /** Kind of work; decides how the reference is formatted. */
    type: z.enum(['book', 'article', 'chapter', 'report', 'web']),
    /** Authors in order, as "Surname, I." */
    authors: z.array(author).min(1),
    /** The authors edited this book: the reference says "(Red.)" after their names (APA 7). */
    edited: z.boolean().default(false),
    /** Year of publication; leave out only when it is listed in `unknown` (the reference says "z.d."). */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Title of the work (for an article or chapter: of the article or chapter). */
    title: z.string().min(2).optional(),
    /** What the work is, in Dutch, when its title is not known; shown in square brackets (APA). */
    description: z.string().min(5).optional(),
    /** Details we could not verify and therefore leave out, rather than invent them. */
    unknown: z.array(z.enum(unknownFields)).default([]),
    /** Journal, or the book a chapter is in, or the website name. */
    container: z.string().optional(),
    /** Editors of the book a chapter is in. */
    editors: z.array(author).default([]),
    /** Journal volume. */
    volume: z.string().optional(),
    /** Journal issue. */
    issue: z.string().optional(),
    /** Page range, e.g. "725-730". */
    pages: z.string().optional(),
    /** Publisher of a book, chapter or report. */
    publisher: z.string().optional(),
    /** Edition of a book, e.g. "2e druk". */
    edition: z.string().optional(),
    /** DOI without the resolver, e.g. "10.1038/nn.2270". */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'Een DOI begint met "10." (zonder https://doi.org/).')
      .optional(),
    /** Web address, for works without a DOI. */
    url: z.url().optional(),
    /** A short Dutch note shown under the reference, e.g. about the Dutch translation. */
    note: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    const unknown = new Set(s.unknown);
    if (s.year === undefined && !unknown.has('year'))
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: 'dit verplichte veld ontbreekt. Onbekend? Zet "year" in "unknown" (de bron toont dan "z.d.").',
      });
    if (!s.title && !(unknown.has('title') && s.description))
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message:
          'dit verplichte veld ontbreekt. Onbekend? Zet "title" in "unknown" en beschrijf het werk in "description".',
      });
    if (s.type === 'article' && !s.container && !unknown.has('container'))
      ctx.addIssue({
        code: 'custom',
        path: ['container'],
        message: 'Een artikel heeft een tijdschrift nodig (veld "container").',
      });
  });

export type SourceData = z.output<typeof sourceSchema>;
