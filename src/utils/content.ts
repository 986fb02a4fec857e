import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildCourse, type CourseLesson, type CourseModule } from '~/utils/course';

export type Module = CourseModule<CollectionEntry<'modules'>['data'], CollectionEntry<'lessons'>['data']>;
export type Lesson = CourseLesson<CollectionEntry<'lessons'>['data']>;

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
  return buildCourse({ modules, lessons, glossary, sources, includeDrafts: import.meta.env.DEV });
}

/** The content entry of a lesson from `getCourse()`, to render it or read its source. */
export async function getLessonEntry(lesson: Lesson): Promise<CollectionEntry<'lessons'>> {
  const entry = await getEntry('lessons', lesson.id);
  if (!entry) throw new Error(`Les ${lesson.id} niet gevonden.`);
  return entry;
}

export async function getLessons(): Promise<Lesson[]> {
  return (await getCourse()).flatMap((m) => m.lessons);
}

/** Glossary sorted alphabetically the Dutch way (ignoring case and accents). */
export async function getGlossary() {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  return (await getCollection('glossary')).sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** Sources sorted as in an APA reference list: first author, then year. */
export async function getSources() {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  return (await getCollection('sources')).sort(
    (a, b) => collator.compare(a.data.authors[0] ?? '', b.data.authors[0] ?? '') || a.data.year - b.data.year,
  );
}
