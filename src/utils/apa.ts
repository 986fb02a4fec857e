import type { SourceData } from '~/schemas/source';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** "A", "A, & B", "A, B, & C" (APA 7 lists up to 20 authors). */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

/** Initials first for editors: "Haan, M. de" stays as written; "Gunnar, M. R." → "M. R. Gunnar". */
function editorName(name: string): string {
  const [surname, initials] = name.split(/,\s*/);
  return initials ? `${initials} ${surname}` : name;
}

/** The year, or "z.d." (zonder datum) when it is not known. */
const year = (s: Pick<SourceData, 'year'>) => s.year ?? 'z.d.';

const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/**
 * Formats a source as an APA 7 reference (Dutch conventions: "Red." for editors). Returns HTML with
 * every field escaped and titles in `<i>`.
 */
export function formatReference(s: SourceData): string {
  const names = formatAuthors(s.authors) + (s.edited ? ' (Red.)' : '');
  const parts: string[] = [`${escape(end(names))} (${year(s)}).`];
  // A work whose title is not known is described in square brackets (APA 7).
  const title = s.title ? escape(s.title) : `[${escape(s.description ?? '')}]`;
  switch (s.type) {
    case 'article': {
      const volume = s.volume ? `, <i>${escape(s.volume)}</i>${s.issue ? `(${escape(s.issue)})` : ''}` : '';
      const pages = s.pages ? `, ${escape(s.pages)}` : '';
      parts.push(s.container ? `${end(title)} <i>${escape(s.container)}</i>${volume}${pages}.` : end(title));
      break;
    }
    case 'chapter': {
      const editors = s.editors.length ? `${escape(formatAuthors(s.editors.map(editorName)))} (Red.), ` : '';
      const pages = s.pages ? ` (pp. ${escape(s.pages)})` : '';
      parts.push(`${end(title)} In ${editors}<i>${escape(s.container ?? '')}</i>${pages}.`);
      if (s.publisher) parts.push(`${escape(end(s.publisher))}`);
      break;
    }
    default: {
      const edition = s.edition ? ` (${escape(s.edition)})` : '';
      parts.push(s.title ? `<i>${title}</i>${edition}.` : `${title}${edition}.`);
      const by = s.publisher ?? s.container;
      if (by) parts.push(escape(end(by)));
    }
  }
  if (s.doi) parts.push(`https://doi.org/${escape(s.doi)}`);
  else if (s.url) parts.push(escape(s.url));
  return parts.join(' ');
}

/** Short in-text citation: "(Hughes & Baylin, 2012)", "(Coan e.a., 2006)". */
export function citation(s: Pick<SourceData, 'authors' | 'year'>): string {
  const surname = (a: string) => a.split(',')[0] ?? a;
  const names =
    s.authors.length === 1
      ? surname(s.authors[0] ?? '')
      : s.authors.length === 2
        ? `${surname(s.authors[0] ?? '')} & ${surname(s.authors[1] ?? '')}`
        : `${surname(s.authors[0] ?? '')} e.a.`;
  return `${names}, ${year(s)}`;
}
