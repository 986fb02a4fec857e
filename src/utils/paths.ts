/**
 * Every internal link goes through `href` so the site works under a base path (e.g. `/cursus/`).
 * `base` is Astro's `import.meta.env.BASE_URL` at build time; tests pass their own.
 */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${rest}`;
}

export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** URL of a lesson, given its id `<module>/<lesson>`. */
export const lessonHref = (id: string, suffix = ''): string => href(`${id}/${suffix}`);

/** URL of a module page. */
export const moduleHref = (id: string): string => href(`${id}/`);

/** URL of a glossary term on the glossary page. */
export const termHref = (id: string): string => href(`begrippen/#${id}`);

/** URL of a source on the sources page. */
export const sourceHref = (id: string): string => href(`bronnen/#${id}`);
