import { z } from 'astro/zod';
import { choiceIds, idOf } from '~/features/quiz/quiz';
import { goals, slug, type ReferenceFactory } from './errors';

/** Who a lesson is written for; the parent view only shows lessons that include `ouder`. */
export const audiences = ['professional', 'trainer', 'ouder'] as const;

const audience = z
  .array(z.enum(audiences))
  .min(1)
  .default([...audiences]);

/** One answer option of a single- or multiple-choice question. */
const optionSchema = z.object({
  /** Saved answers refer to it; by default it is derived from `text`. Set it to keep the old one when you reword. */
  id: slug.optional(),
  /** The answer as the learner sees it. */
  text: z.string().min(1),
  /** Whether choosing this option is right. */
  correct: z.boolean().default(false),
  /** Shown for this option after checking: why it is (not) right. */
  feedback: z.string().optional(),
});

const questionBase = {
  /** Unique within the lesson; answers are saved under it. */
  id: slug,
  /** The question. */
  prompt: z.string().min(5),
  /** Shown after answering, right or wrong. Required: every question teaches. */
  explanation: z.string().min(10),
  /** Shown after a wrong first try: points to the idea to rethink, never to the answer. */
  hint: z.string().min(10).optional(),
  /** Heading id of the lesson section to reread, e.g. "het-zorgsysteem-van-zoogdieren". */
  section: z.string().optional(),
};

const unique = (list: string[]) => new Set(list).size === list.length;

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
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: `vraag "${q.id}": ${message}` });
    if (q.kind === 'single' && q.options.filter((o) => o.correct).length !== 1)
      problem('options', 'een enkele keuze heeft precies één goed antwoord (correct: true).');
    if (q.kind === 'multiple' && !q.options.some((o) => o.correct))
      problem('options', 'geef minstens één goed antwoord (correct: true).');
    if ((q.kind === 'single' || q.kind === 'multiple') && !unique(choiceIds(q.options)))
      problem('options', 'twee antwoorden hebben dezelfde tekst of hetzelfde "id"; maak ze verschillend.');
    if (q.kind === 'order' && !unique(q.items.map(idOf))) problem('items', 'elke stap moet anders zijn.');
    if (q.kind === 'match' && !unique(q.pairs.map((p) => idOf(p.term))))
      problem('pairs', 'elk begrip mag maar één keer voorkomen.');
    if (q.kind === 'match' && !unique(q.pairs.map((p) => idOf(p.match))))
      problem('pairs', 'elke omschrijving mag maar één keer voorkomen.');
  });

const reflectionBase = {
  /** Unique within the lesson; answers are saved under it. */
  id: slug,
  /** The question or assignment. */
  prompt: z.string().min(5),
  /** An extra line of help under the prompt. */
  hint: z.string().optional(),
  /** Who it is written for; the parent view shows prompts for `ouder`. */
  audience,
};

/** A reflection prompt; answers stay on the device. `kind` decides which other fields it needs. */
export const reflectionSchema = z.discriminatedUnion('kind', [
  /** Open text. */
  z.object({ kind: z.literal('open'), ...reflectionBase }),
  z.object({
    kind: z.literal('scale'),
    ...reflectionBase,
    /** The labels at both ends; the scale runs 1–5. */
    scale: z.object({ min: z.string().min(1), max: z.string().min(1) }),
  }),
  z.object({
    kind: z.literal('checklist'),
    ...reflectionBase,
    /** The items to tick. */
    items: z.array(z.string().min(1)).min(2, 'Een checklist heeft minstens twee punten.'),
  }),
  z.object({
    kind: z.literal('table'),
    ...reflectionBase,
    /** The column headings, e.g. situatie, wat voelde ik in mijn lijf, wat dacht ik, wat deed ik. */
    columns: z.array(z.string().min(1)).min(2, 'Een tabel heeft minstens twee kolommen.'),
    /** How many empty rows to offer. */
    rows: z.number().int().min(1).max(10).default(3),
  }),
  /** A "thuisexperiment" plan: what, when, how. */
  z.object({ kind: z.literal('experiment'), ...reflectionBase }),
]);

const uniqueIds = (list: { id: string }[]) => unique(list.map((x) => x.id));

/** Frontmatter of `content/lessons/<module>/<slug>.mdx`; the folder names the module. */
export const lessonSchema = (reference: ReferenceFactory) =>
  z.object({
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
    audience,
    /** Sources cited, by file name in `content/sources/`; listed at the end of the lesson. */
    sources: z.array(reference('sources')).default([]),
    /** Glossary terms the lesson introduces, by file name in `content/glossary/`. */
    terms: z.array(reference('glossary')).default([]),
    /** Date of the last content review (YYYY-MM-DD). */
    updated: z.coerce.date(),
    /** The three key messages of "In het kort" (`<ParentSummary>`), each one short sentence for parents. */
    keyMessages: z
      .array(z.string().min(5, 'Schrijf de kernboodschap als een korte zin.'))
      .length(3, 'Geef precies drie kernboodschappen.')
      .optional(),
    /** Quiz questions, shown as "Oefenvragen" after the lesson text. */
    quiz: z.array(questionSchema).default([]).refine(uniqueIds, 'Elke vraag heeft een eigen "id".'),
    /** Reflection prompts, shown as "Reflectie" after the quiz and collected in "Mijn werkboek". */
    reflections: z.array(reflectionSchema).default([]).refine(uniqueIds, 'Elke reflectie heeft een eigen "id".'),
    /** Leave the lesson out of the built site while it is being written. */
    draft: z.boolean().default(false),
  });

export type LessonData = z.output<ReturnType<typeof lessonSchema>>;
export type Question = LessonData['quiz'][number];
export type ReflectionPrompt = LessonData['reflections'][number];
