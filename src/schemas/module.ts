import { z } from 'astro/zod';
import { goals } from './errors';

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

export type ModuleData = z.output<typeof moduleSchema>;
