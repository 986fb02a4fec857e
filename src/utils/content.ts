import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { collator } from '~/i18n/format';
import { PAGEFIND_FOLDER } from '~/features/search/bundle';
import type { V2Table } from '~/features/quiz/upgrade';
import { buildCourse, reservedNames, type CourseLesson, type CourseModule } from './course';

export type Module = CourseModule<CollectionEntry<'modules'>['data'], CollectionEntry<'lessons'>['data']>;
export type Lesson = CourseLesson<CollectionEntry<'lessons'>['data']>;

/** The content folder this build reads (`CONTENT_DIR`, as in `src/content.config.ts`). */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

// The site's own top-level routes: a module may not take one of their names.
const routes = Object.keys(import.meta.glob('/src/pages/**/*.{astro,ts}')).map((file) =>
  file.replace('/src/pages/', ''),
);

let cached: Promise<Module[]> | undefined;

/** The validated course, loaded once per build; drafts only show in `astro dev`. */
export function getCourse(): Promise<Module[]> {
  cached ??= loadCourse();
  return cached;
}

async function loadCourse(): Promise<Module[]> {
  const [modules, lessons, glossary, sources] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('sources'),
  ]);
  return buildCourse({
    modules,
    lessons,
    glossary,
    sources,
    reserved: reservedNames(routes, [PAGEFIND_FOLDER]),
    includeDrafts: import.meta.env.DEV,
  });
}

/** The content entry of a lesson from `getCourse()`, to render it. */
export async function getLessonEntry(lesson: Lesson): Promise<CollectionEntry<'lessons'>> {
  const entry = await getEntry('lessons', lesson.id);
  if (!entry) throw new Error(`${lesson.file}: les niet gevonden.`);
  return entry;
}

export async function getLessons(): Promise<Lesson[]> {
  return (await getCourse()).flatMap((m) => m.lessons);
}

/** Glossary sorted alphabetically the Dutch way (ignoring case and accents). */
export async function getGlossary() {
  return (await getCollection('glossary')).sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** Sources sorted as in an APA reference list: first author, then year. */
export async function getSources() {
  return (await getCollection('sources')).sort(
    (a, b) =>
      collator.compare(a.data.authors[0] ?? '', b.data.authors[0] ?? '') || (a.data.year ?? 0) - (b.data.year ?? 0),
  );
}

/** `legacy/quiz-v2.json` of the content folder: option ids by position for answers saved by store version 2. */
export function readV2Table(): V2Table {
  const file = join(contentDir, 'legacy/quiz-v2.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as V2Table) : {};
}
