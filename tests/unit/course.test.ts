import { describe, expect, it } from 'vitest';
import { buildCourse, CourseError, readingMinutes, reservedNames, type LessonIn, type ModuleIn } from '~/utils/course';

const mod = (id: string, order: number, draft = false) => ({
  id,
  filePath: `content/modules/${id}.md`,
  data: { title: id, order, summary: 's', goals: ['g'], draft } satisfies ModuleIn,
});
const lesson = (id: string, order: number, extra: Partial<LessonIn> = {}) => ({
  id,
  filePath: `content/lessons/${id}.mdx`,
  data: {
    order,
    title: id,
    summary: 's',
    goals: ['a', 'b'],
    minutes: 10,
    audience: ['professional'],
    sources: [],
    terms: [],
    draft: false,
    ...extra,
  } satisfies LessonIn,
});
const base = {
  glossary: [],
  sources: [],
  includeDrafts: false,
  reserved: reservedNames(['hulp.astro', 'offline.astro', 'index.astro', '[module]/index.astro'], ['pagefind']),
};

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof CourseError) return error.problems;
    throw error;
  }
  throw new Error('expected a CourseError');
}

describe('buildCourse', () => {
  it('orders modules and lessons and links previous/next across modules', () => {
    const course = buildCourse({
      ...base,
      modules: [mod('b', 2), mod('a', 1)],
      lessons: [lesson('a/twee', 2), lesson('b/drie', 1), lesson('a/een', 1)],
    });
    expect(course.map((m) => m.id)).toEqual(['a', 'b']);
    expect(course[0]?.lessons.map((l) => l.slug)).toEqual(['een', 'twee']);
    expect(course[0]?.minutes).toBe(20);
    const second = course[0]?.lessons[1];
    expect(second?.prev?.id).toBe('a/een');
    expect(second?.next?.id).toBe('b/drie');
    expect(course[1]?.lessons[0]?.next).toBeUndefined();
  });

  it('leaves drafts out of a production build', () => {
    const course = buildCourse({
      ...base,
      modules: [mod('a', 1), mod('b', 2, true)],
      lessons: [lesson('a/een', 1), lesson('a/twee', 2, { draft: true })],
    });
    expect(course.map((m) => m.id)).toEqual(['a']);
    expect(course[0]?.lessons.map((l) => l.id)).toEqual(['a/een']);
  });

  it('names the file and field of every broken reference', () => {
    const problems = problemsOf(() =>
      buildCourse({
        ...base,
        modules: [mod('a', 1)],
        lessons: [
          lesson('x/nul', 1),
          lesson('a/een', 1, { sources: [{ id: 'onbekend-2020' }], terms: [{ id: 'geen-begrip' }] }),
        ],
      }),
    );
    expect(problems).toEqual([
      'content/lessons/x/nul.mdx: de les staat in de map "x", maar content/modules/x.md bestaat niet. Maak die module aan of zet de les in de map van een bestaande module.',
      'content/lessons/a/een.mdx: veld "sources" noemt "onbekend-2020", maar content/sources/onbekend-2020.yaml bestaat niet.',
      'content/lessons/a/een.mdx: veld "terms" noemt "geen-begrip", maar content/glossary/geen-begrip.md bestaat niet.',
    ]);
  });

  it('rejects two lessons with the same order in one module', () => {
    const problems = problemsOf(() =>
      buildCourse({
        ...base,
        modules: [mod('a', 1), mod('b', 2)],
        lessons: [lesson('a/een', 1), lesson('a/ook-een', 1), lesson('b/drie', 1)],
      }),
    );
    expect(problems).toEqual([
      'content/lessons/a/ook-een.mdx: veld "order" (1) is in module "a" al gebruikt door "a/een".',
    ]);
  });

  it("takes a lesson's module from its folder", () => {
    const course = buildCourse({ ...base, modules: [mod('a', 1), mod('b', 2)], lessons: [lesson('b/een', 1)] });
    expect(course[1]?.lessons.map((l) => [l.id, l.moduleId, l.file])).toEqual([
      ['b/een', 'b', 'content/lessons/b/een.mdx'],
    ]);
  });

  it('rejects two lessons with the same file name in different modules', () => {
    const problems = problemsOf(() =>
      buildCourse({
        ...base,
        modules: [mod('a', 1), mod('b', 2)],
        lessons: [lesson('a/stress', 1), lesson('b/stress', 1)],
      }),
    );
    expect(problems).toEqual([
      'content/lessons/b/stress.mdx: de bestandsnaam "stress" wordt al gebruikt door "a/stress"; kies een andere naam.',
    ]);
  });

  it('rejects a module named like a page of the site, and duplicate module order', () => {
    const problems = problemsOf(() => buildCourse({ ...base, modules: [mod('hulp', 1), mod('a', 1)], lessons: [] }));
    expect(problems[0]).toMatch(/content\/modules\/hulp\.md: de bestandsnaam "hulp"/);
    expect(problems[1]).toMatch(/content\/modules\/a\.md: veld "order" \(1\) is al gebruikt door module "hulp"/);
  });

  it("reserves the names of the site's own routes and build folders, never route parameters", () => {
    expect([...base.reserved].sort()).toEqual(['hulp', 'offline', 'pagefind']);
  });

  it('reserves every top-level route in src/pages, including offline', () => {
    const routes = Object.keys(import.meta.glob('/src/pages/**/*.{astro,ts}')).map((f) => f.replace('/src/pages/', ''));
    const reserved = reservedNames(routes);
    for (const name of ['begrippen', 'bronnen', 'hulp', 'privacy', 'zoeken', 'werkboek', 'ouders', 'offline', '404'])
      expect(reserved.has(name), name).toBe(true);
    expect([...reserved].some((name) => name.startsWith('['))).toBe(false);
  });

  it('checks related glossary terms', () => {
    const problems = problemsOf(() =>
      buildCourse({
        ...base,
        modules: [],
        lessons: [],
        glossary: [{ id: 'a', filePath: 'content/glossary/a.md', data: { related: [{ id: 'b' }] } }],
      }),
    );
    expect(problems).toEqual(['content/glossary/a.md: veld "related" noemt "b", maar dat begrip bestaat niet.']);
  });
});

describe('readingMinutes', () => {
  it('counts words, not markup or numbers, at 200 a minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(Array(1000).fill('woord').join(' '))).toBe(5);
    expect(readingMinutes(`<Callout type="tip">${Array(400).fill('ja').join(' ')}</Callout> 12 34`)).toBe(2);
  });
});
