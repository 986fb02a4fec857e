import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Shared by the content checks (cast, quiz, facts): reads lessons and glossary entries the way
// content-rules.test.ts does, as YAML frontmatter plus an MDX body, and cuts them into text units.

export const root = join(import.meta.dirname, '../..');

export interface ContentFile {
  /** Path from the repository root, e.g. "content/lessons/gehechtheid/wat-is-gehechtheid.mdx". */
  file: string;
  /** File name without extension, e.g. "wat-is-gehechtheid" (the name docs/cast.md uses). */
  slug: string;
  /** Parsed YAML frontmatter. */
  data: Record<string, unknown>;
  /** Everything after the frontmatter. */
  body: string;
}

function split(file: string): ContentFile {
  const text = readFileSync(join(root, file), 'utf8');
  const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const slug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  return { file, slug, data: (parse(frontmatter) ?? {}) as Record<string, unknown>, body };
}

/** Every lesson in content/lessons/<module>/<lesson>.mdx. */
export function lessons(): ContentFile[] {
  const dir = join(root, 'content/lessons');
  return readdirSync(dir)
    .sort()
    .flatMap((mod) =>
      readdirSync(join(dir, mod))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => split(`content/lessons/${mod}/${f}`)),
    );
}

/** Every glossary entry in content/glossary/<term>.md. */
export function glossary(): ContentFile[] {
  return readdirSync(join(root, 'content/glossary'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => split(`content/glossary/${f}`));
}

/** Frontmatter fields that hold keys, ids or dates rather than text a reader sees. */
const notText = new Set([
  'module',
  'sources',
  'terms',
  'related',
  'updated',
  'id',
  'kind',
  'section',
  'audience',
  'order',
]);

/** A piece of reader-visible text with the place it comes from ("body", "quiz.stoffen", "reflections.rust"). */
export interface TextUnit {
  where: string;
  text: string;
}

function strings(value: unknown, where: string, out: TextUnit[]): void {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v) => strings(v, where, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const label = typeof record.id === 'string' ? `${where}.${record.id}` : where;
    for (const [key, v] of Object.entries(record)) if (!notText.has(key)) strings(v, label, out);
  }
}

/** The reader-visible strings of the frontmatter: title, summary, goals, quiz, reflections, glossary short text. */
export function frontmatterText(entry: ContentFile): TextUnit[] {
  const out: TextUnit[] = [];
  for (const [key, value] of Object.entries(entry.data)) if (!notText.has(key)) strings(value, key, out);
  return out;
}

/** The body cut into paragraphs (blank-line separated), without import lines. */
export function bodyParagraphs(entry: ContentFile): TextUnit[] {
  return entry.body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^import .*$/gm, '').trim())
    .filter((p) => p.length > 0)
    .map((text) => ({ where: 'body', text }));
}

/** All reader-visible text of a lesson or glossary entry: frontmatter strings plus body paragraphs. */
export function paragraphs(entry: ContentFile): TextUnit[] {
  return [...frontmatterText(entry), ...bodyParagraphs(entry)];
}

/** Markup-free text for messages: tags and Markdown marks removed, whitespace collapsed. */
export function clean(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a paragraph, split after . ! ? (and a closing quote or bracket) before a capital, quote or digit. */
export function sentences(text: string): string[] {
  return clean(text)
    .split(/(?<=[.!?]['"’”)]?)\s+(?=["'‘“(]?[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A whole-word, case-sensitive matcher for a name ("Evi" matches "Evi's", not "Evianwater" or "Sint-Evi"). */
export function wordPattern(word: string, flags = 'u'): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, flags);
}
