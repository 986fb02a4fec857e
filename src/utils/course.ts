/**
 * Pure course model: validates references across collections and derives order, navigation and
 * totals. Kept free of `astro:content` so it can be unit tested; `src/utils/content.ts` feeds it.
 */

import type { LessonData } from '~/schemas/lesson';
import type { ModuleData } from '~/schemas/module';

export interface Ref {
  id: string;
}

export interface EntryIn<D> {
  id: string;
  /** Path of the source file, used in error messages. */
  filePath?: string | undefined;
  data: D;
}

/** What the course needs of a module's frontmatter (`ModuleData`; tests pass a part of it). */
export type ModuleIn = Pick<ModuleData, 'title' | 'order' | 'summary' | 'goals' | 'draft'>;

/** What the course needs of a lesson's frontmatter (`LessonData`, references reduced to their id). */
export type LessonIn = Pick<LessonData, 'order' | 'title' | 'summary' | 'goals' | 'minutes' | 'draft' | 'audience'> & {
  keyMessages?: string[] | undefined;
  sources: Ref[];
  terms: Ref[];
};

export interface GlossaryIn {
  related: Ref[];
}

export interface CourseLesson<L extends LessonIn = LessonIn> {
  /** `<module>/<lesson>`, also the URL path. */
  id: string;
  slug: string;
  /** The lesson's file, for messages that tell an author what to fix. */
  file: string;
  moduleId: string;
  data: L;
  prev: CourseLesson<L> | undefined;
  next: CourseLesson<L> | undefined;
}

export interface CourseModule<M extends ModuleIn = ModuleIn, L extends LessonIn = LessonIn> {
  id: string;
  data: M;
  lessons: CourseLesson<L>[];
  minutes: number;
}

/** A build error that lists every content problem at once, each naming the file and the field. */
export class CourseError extends Error {
  constructor(readonly problems: string[]) {
    super(`De cursusinhoud heeft ${problems.length} fout(en):\n- ${problems.join('\n- ')}`);
    this.name = 'CourseError';
  }
}

/**
 * Top-level addresses a module may not take, from the site's own routes (`src/pages/*`) and the folders the
 * build writes (e.g. `pagefind`): given the route files, relative to `src/pages/`.
 */
export function reservedNames(routeFiles: string[], buildFolders: string[] = []): Set<string> {
  const names = routeFiles
    .map((file) => file.replace(/^\/+/, '').split('/')[0] ?? '')
    .filter((name) => name && !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, '').replace(/\.(json|webmanifest|xml)$/, ''))
    .map((name) => (name === 'index' ? '' : name));
  return new Set([...names, ...buildFolders].filter(Boolean));
}

const moduleOf = (lessonId: string) => lessonId.split('/')[0] ?? '';

const where = (entry: EntryIn<unknown>, collection: string) => entry.filePath ?? `${collection}/${entry.id}`;

export function buildCourse<M extends ModuleIn, L extends LessonIn>(input: {
  modules: EntryIn<M>[];
  lessons: EntryIn<L>[];
  glossary: EntryIn<GlossaryIn>[];
  sources: EntryIn<unknown>[];
  /** Names a module may not have (see `reservedNames`). */
  reserved: Set<string>;
  includeDrafts: boolean;
}): CourseModule<M, L>[] {
  const problems: string[] = [];
  const moduleIds = new Set(input.modules.map((m) => m.id));
  const termIds = new Set(input.glossary.map((g) => g.id));
  const sourceIds = new Set(input.sources.map((s) => s.id));

  const seenModuleOrder = new Map<number, string>();
  for (const mod of input.modules) {
    if (input.reserved.has(mod.id))
      problems.push(
        `${where(mod, 'modules')}: de bestandsnaam "${mod.id}" is al een pagina van de site; kies een andere naam.`,
      );
    const other = seenModuleOrder.get(mod.data.order);
    if (other)
      problems.push(
        `${where(mod, 'modules')}: veld "order" (${mod.data.order}) is al gebruikt door module "${other}".`,
      );
    seenModuleOrder.set(mod.data.order, mod.id);
  }

  const seenLessonOrder = new Map<string, string>();
  // The parent view addresses lessons as /ouders/<lesson>/, so a lesson's file name is unique course-wide.
  const seenSlug = new Map<string, string>();
  for (const lesson of input.lessons) {
    const file = where(lesson, 'lessons');
    // The folder a lesson is in names its module.
    const moduleId = moduleOf(lesson.id);
    if (!moduleIds.has(moduleId))
      problems.push(
        `${file}: de les staat in de map "${moduleId}", maar content/modules/${moduleId}.md bestaat niet. Maak die module aan of zet de les in de map van een bestaande module.`,
      );
    const slug = lesson.id.split('/')[1] ?? lesson.id;
    const sameSlug = seenSlug.get(slug);
    if (sameSlug)
      problems.push(`${file}: de bestandsnaam "${slug}" wordt al gebruikt door "${sameSlug}"; kies een andere naam.`);
    seenSlug.set(slug, lesson.id);
    const orderKey = `${moduleId}#${lesson.data.order}`;
    const other = seenLessonOrder.get(orderKey);
    if (other)
      problems.push(
        `${file}: veld "order" (${lesson.data.order}) is in module "${moduleId}" al gebruikt door "${other}".`,
      );
    seenLessonOrder.set(orderKey, lesson.id);
    if (lesson.data.audience.includes('ouder') && !lesson.data.keyMessages)
      problems.push(
        `${file}: veld "keyMessages" ontbreekt. Een les voor ouders heeft drie kernboodschappen voor "In het kort".`,
      );
    for (const ref of lesson.data.sources) {
      if (!sourceIds.has(ref.id))
        problems.push(`${file}: veld "sources" noemt "${ref.id}", maar content/sources/${ref.id}.yaml bestaat niet.`);
    }
    for (const ref of lesson.data.terms) {
      if (!termIds.has(ref.id))
        problems.push(`${file}: veld "terms" noemt "${ref.id}", maar content/glossary/${ref.id}.md bestaat niet.`);
    }
  }
  for (const term of input.glossary) {
    for (const ref of term.data.related) {
      if (!termIds.has(ref.id))
        problems.push(`${where(term, 'glossary')}: veld "related" noemt "${ref.id}", maar dat begrip bestaat niet.`);
    }
  }
  if (problems.length) throw new CourseError(problems);

  const visible = <T extends { draft: boolean }>(e: EntryIn<T>) => input.includeDrafts || !e.data.draft;
  const modules = input.modules
    .filter(visible)
    .sort((a, b) => a.data.order - b.data.order)
    .map((mod) => {
      const lessons = input.lessons
        .filter((l) => moduleOf(l.id) === mod.id && visible(l))
        .sort((a, b) => a.data.order - b.data.order)
        .map<CourseLesson<L>>((l) => ({
          id: l.id,
          slug: l.id.split('/')[1] ?? l.id,
          file: where(l, 'lessons'),
          moduleId: mod.id,
          data: l.data,
          prev: undefined,
          next: undefined,
        }));
      return { id: mod.id, data: mod.data, lessons, minutes: lessons.reduce((sum, l) => sum + l.data.minutes, 0) };
    });

  const flat = modules.flatMap((m) => m.lessons);
  flat.forEach((lesson, i) => {
    lesson.prev = flat[i - 1];
    lesson.next = flat[i + 1];
  });
  return modules;
}

/** Reading time in whole minutes at 200 words a minute (a calm pace for study text), at least 1. */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
