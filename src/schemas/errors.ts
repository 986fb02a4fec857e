import { z } from 'astro/zod';

/** Zod's Dutch messages, used per parse (never set globally, so other code keeps its own language). */
const dutch = z.locales.nl().localeError;

/** The result of a Dutch parse: the data, or one line per problem as "veld: melding". */
export type DutchParse<T> =
  { success: true; data: T } | { success: false; problems: { path: PropertyKey[]; message: string }[] };

/**
 * Parses with Zod's Dutch messages; a required field that is missing gets the plain sentence authors read
 * in the build output. Our own messages (written in the schemas) are kept as they are.
 */
export function parseDutch<T extends z.ZodType>(schema: T, data: unknown): DutchParse<z.output<T>> {
  const result = schema.safeParse(data, { error: dutch, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path,
      message:
        issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined
          ? 'dit verplichte veld ontbreekt.'
          : issue.message,
    })),
  };
}

/**
 * Astro validates frontmatter with its own English error map, which outranks a schema's. Wrapping a schema
 * parses it the Dutch way instead; Astro prints each issue after the file and the field name.
 */
export function withDutchErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = parseDutch(schema, data);
    if (result.success) return result.data;
    for (const problem of result.problems)
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path as (string | number)[] });
    return z.NEVER;
  });
}

/** Makes the schema for a reference to another collection: `astro:content`'s `reference` at build time. */
export type ReferenceFactory = typeof import('astro:content').reference;

/** File and folder names used as ids: lower case, digits and hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en streepjes.');

/** Learning goals: full sentences. */
export const goals = z
  .array(z.string().min(10, 'Schrijf het leerdoel als een hele zin.'))
  .min(1, 'Geef minstens één leerdoel.')
  .max(6, 'Geef hoogstens zes leerdoelen.');
