import { z } from 'astro/zod';

/** Frontmatter of `content/pages/<slug>.md`: the help and privacy pages. */
export const pageSchema = z.object({
  /** Page title. */
  title: z.string().min(3),
  /** Introductory paragraph under the title. */
  lead: z.string().min(10),
  /** Date the facts on the page (phone numbers, promises) were last checked. */
  checked: z.coerce.date(),
});
