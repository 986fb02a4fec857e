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

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en streepjes.');

/** One answer option of a single- or multiple-choice question. */
const optionSchema = z.object({
  /** The answer as the learner sees it. */
  text: z.string().min(1),
  /** Whether choosing this option is right. */
  correct: z.boolean().default(false),
  /** Shown for this option after checking: why it is (not) right. */
  feedback: z.string().optional(),
});

const questionBase = {
  /** Unique within the lesson; answers are saved under it. */
  id,
  /** The question. */
  prompt: z.string().min(5),
  /** Shown after answering, right or wrong. Required: every question teaches. */
  explanation: z.string({ error: 'Elke vraag heeft een uitleg nodig (veld "explanation").' }).min(10),
  /** Heading id of the lesson section to reread, e.g. "het-zorgsysteem-van-zoogdieren". */
  section: z.string().optional(),
};

/** A quiz question; `kind` decides which other fields it needs. */
export const questionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('single'), ...questionBase, options: z.array(optionSchema).min(2) }),
    z.object({ kind: z.literal('multiple'), ...questionBase, options: z.array(optionSchema).min(2) }),
    z.object({
      kind: z.literal('truefalse'),
      ...questionBase,
      /** Whether the statement in `prompt` is true. */
      answer: z.boolean(),
      /** Feedback when the learner answers "waar" / "niet waar". */
      feedbackTrue: z.string().optional(),
      feedbackFalse: z.string().optional(),
    }),
    z.object({
      kind: z.literal('order'),
      ...questionBase,
      /** The steps in the right order; learners get them shuffled. */
      items: z.array(z.string().min(1)).min(3, 'Een volgordevraag heeft minstens drie stappen.'),
    }),
    z.object({
      kind: z.literal('match'),
      ...questionBase,
      /** Term–description pairs; learners match each term to a description. */
      pairs: z
        .array(z.object({ term: z.string().min(1), match: z.string().min(1) }))
        .min(3, 'Een koppelvraag heeft minstens drie paren.'),
    }),
  ])
  .superRefine((q, ctx) => {
    if (q.kind === 'single' && q.options.filter((o) => o.correct).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `vraag "${q.id}": een enkele keuze heeft precies één goed antwoord (correct: true).`,
      });
    }
    if (q.kind === 'multiple' && !q.options.some((o) => o.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `vraag "${q.id}": geef minstens één goed antwoord (correct: true).`,
      });
    }
    if (q.kind === 'order' && new Set(q.items).size !== q.items.length) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: `vraag "${q.id}": elke stap moet anders zijn.` });
    }
    if (q.kind === 'match' && new Set(q.pairs.map((p) => p.term)).size !== q.pairs.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairs'],
        message: `vraag "${q.id}": elk begrip mag maar één keer voorkomen.`,
      });
    }
  });

/** A reflection prompt; answers stay on the device. */
export const reflectionSchema = z
  .object({
    /** Unique within the lesson; answers are saved under it. */
    id,
    /** open text | scale | checklist | table | experiment (a "thuisexperiment" plan). */
    kind: z.enum(['open', 'scale', 'checklist', 'table', 'experiment']),
    /** The question or assignment. */
    prompt: z.string().min(5),
    /** An extra line of help under the prompt. */
    hint: z.string().optional(),
    /** Who it is written for; the parent view shows prompts for `ouder`. */
    audience: z
      .array(z.enum(audiences))
      .min(1)
      .default([...audiences]),
    /** For `scale`: the labels at both ends (the scale runs 1–5). */
    scale: z.object({ min: z.string().min(1), max: z.string().min(1) }).optional(),
    /** For `checklist`: the items to tick. */
    items: z.array(z.string().min(1)).default([]),
    /** For `table`: the column headings, e.g. situatie, wat voelde ik in mijn lijf, wat dacht ik, wat deed ik. */
    columns: z.array(z.string().min(1)).default([]),
    /** For `table`: how many empty rows to offer. */
    rows: z.number().int().min(1).max(10).default(3),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'scale' && !r.scale)
      ctx.addIssue({
        code: 'custom',
        path: ['scale'],
        message: `reflectie "${r.id}": een schaal heeft labels nodig (scale: { min, max }).`,
      });
    if (r.kind === 'checklist' && r.items.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `reflectie "${r.id}": een checklist heeft minstens twee punten.`,
      });
    if (r.kind === 'table' && r.columns.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['columns'],
        message: `reflectie "${r.id}": een tabel heeft minstens twee kolommen.`,
      });
  });

const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

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
    /** Quiz questions, shown as "Oefenvragen" after the lesson text. */
    quiz: z.array(questionSchema).default([]).refine(uniqueIds, 'Elke vraag heeft een eigen "id".'),
    /** Reflection prompts, shown as "Reflectie" after the quiz and collected in "Mijn werkboek". */
    reflections: z.array(reflectionSchema).default([]).refine(uniqueIds, 'Elke reflectie heeft een eigen "id".'),
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
