import { z } from 'astro/zod';

// Authors read build errors in Dutch: Zod's own messages use its Dutch locale, our own are written here.
z.config(z.locales.nl());

/**
 * Astro validates frontmatter with its own English error map, which outranks the global locale.
 * Wrapping a schema parses it without that map; Astro prints each issue after its field name.
 */
export function withDutchErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const missing = issue.code === 'invalid_type' && issue.message.endsWith('ontving undefined');
      ctx.addIssue({
        code: 'custom',
        message: missing ? 'dit verplichte veld ontbreekt.' : issue.message,
        path: issue.path,
      });
    }
    return z.NEVER;
  });
}

/** Makes the schema for a reference to another collection: `astro:content`'s `reference` at build time. */
export type ReferenceFactory = typeof import('astro:content').reference;

const goals = z
  .array(z.string().min(10, 'Schrijf het leerdoel als een hele zin.'))
  .min(1, 'Geef minstens één leerdoel.')
  .max(6, 'Geef hoogstens zes leerdoelen.');

/** Who a lesson is written for; the parent view only shows lessons that include `ouder`. */
export const audiences = ['professional', 'trainer', 'ouder'] as const;

/** Frontmatter of `content/modules/<slug>.md`; the Markdown body is the module introduction. */
export const moduleSchema = z.object({
  /** Module title as shown in navigation and headings. */
  title: z.string().min(3),
  /** Position in the course (1 = first); unique across modules. */
  order: z.number().int().positive(),
  /** One or two sentences for the home page and search results. */
  summary: z.string().min(20).max(300),
  /** What a learner can do after the module. */
  goals,
  /** Hide the module from the built site while it is being written. */
  draft: z.boolean().default(false),
});

/** Frontmatter of `content/lessons/<module>/<slug>.mdx`. */
export const lessonSchema = (reference: ReferenceFactory) =>
  z.object({
    /** The module this lesson belongs to; must match the folder the file is in. */
    module: reference('modules'),
    /** Position within the module (1 = first); unique within the module. */
    order: z.number().int().positive(),
    /** Lesson title. */
    title: z.string().min(3),
    /** One or two sentences for lists, search results and the page description. */
    summary: z.string().min(20).max(300),
    /** 2–4 learning goals, each a full sentence. */
    goals: goals.min(2, 'Geef minstens twee leerdoelen.').max(4, 'Geef hoogstens vier leerdoelen.'),
    /** Study time in minutes, including quiz and reflection. */
    minutes: z.number().int().min(5).max(120),
    /** Who the lesson is for. */
    audience: z
      .array(z.enum(audiences))
      .min(1)
      .default([...audiences]),
    /** Sources cited, by file name in `content/sources/`; listed at the end of the lesson. */
    sources: z.array(reference('sources')).default([]),
    /** Glossary terms the lesson introduces, by file name in `content/glossary/`. */
    terms: z.array(reference('glossary')).default([]),
    /** Date of the last content review (YYYY-MM-DD). */
    updated: z.coerce.date(),
    /** Leave the lesson out of the built site while it is being written. */
    draft: z.boolean().default(false),
  });

/** Frontmatter of `content/glossary/<slug>.md`; the body is the full explanation. */
export const glossarySchema = (reference: ReferenceFactory) =>
  z.object({
    /** The term as it is written in running text. */
    term: z.string().min(2),
    /** One short sentence used in the inline explanation of `<Term>`. */
    short: z.string().min(10).max(200),
    /** Related terms, by file name. */
    related: z.array(reference('glossary')).default([]),
  });

/** Frontmatter of `content/pages/<slug>.md`: the help and privacy pages. */
export const pageSchema = z.object({
  /** Page title. */
  title: z.string().min(3),
  /** Introductory paragraph under the title. */
  lead: z.string().min(10),
  /** Date the facts on the page (phone numbers, promises) were last checked. */
  checked: z.coerce.date(),
});

/** Author as "Surname, I. I." (APA), or an organisation name. */
const author = z.string().min(2);

/** A reference in `content/sources/<key>.yaml`, rendered in APA 7 style. */
export const sourceSchema = z
  .object({
    /** Kind of work; decides how the reference is formatted. */
    type: z.enum(['book', 'article', 'chapter', 'report', 'web']),
    /** Authors in order, as "Surname, I." */
    authors: z.array(author).min(1),
    /** Year of publication. */
    year: z.number().int().min(1900).max(2100),
    /** Title of the work (for an article or chapter: of the article or chapter). */
    title: z.string().min(2),
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
  .refine((s) => s.type !== 'article' || s.container, {
    message: 'Een artikel heeft een tijdschrift nodig (veld "container").',
    path: ['container'],
  });

export type ModuleData = z.infer<typeof moduleSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
