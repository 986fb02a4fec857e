import { z } from 'astro/zod';
import type { ReferenceFactory } from './errors';

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
