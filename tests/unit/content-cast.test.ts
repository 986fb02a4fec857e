import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, lessons, paragraphs, root, wordPattern } from './content-text';

// One cast for the whole course (docs/cast.md): every invented person has one name, one age and one
// role, and a lesson names only the people the cast lists for it.

interface Person {
  name: string;
  age: string;
  role: string;
  lessons: string[];
  line: number;
}

/** The rows of every `| Naam | Leeftijd | Rol | Les |` table in docs/cast.md. */
function readCast(): Person[] {
  const lines = readFileSync(join(root, 'docs/cast.md'), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim().startsWith('|')) return [];
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    const [name = '', age = '', role = '', les = ''] = cells;
    if (name === 'Naam' || /^-+$/.test(name) || name === '') return [];
    const lessonNames = les
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    return [{ name, age, role, lessons: lessonNames, line: i + 1 }];
  });
}

/**
 * Capitalised words that can stand before a bracketed number without being a person: "Stap (1)".
 * Only a bare number (or "12 jaar") in brackets counts as an age, so durations ("Groepsvraag (5 min.)") and
 * phone numbers never match, and four-digit years ("Siegel (2012)") are skipped.
 */
const notPeople = new Set([
  'Stap',
  'Fase',
  'Deel',
  'Vak',
  'Vraag',
  'Les',
  'Module',
  'Figuur',
  'Tabel',
  'Week',
  'Sessie',
]);

const cast = readCast();
const all = lessons();
const lessonSlugs = new Set(all.map((l) => l.slug));
const names = [...new Set(cast.map((p) => p.name))];

describe('docs/cast.md', () => {
  it('has rows', () => {
    expect(cast.length).toBeGreaterThan(0);
  });

  it('gives every name one age and one role (a name is never reused for another person)', () => {
    const clashes = names.flatMap((name) => {
      const rows = cast.filter((p) => p.name === name);
      const first = rows[0];
      if (!first) return [];
      return rows
        .filter((p) => p.age !== first.age || p.role !== first.role)
        .map(
          (p) => `${name}: line ${first.line} (${first.age}, ${first.role}) vs line ${p.line} (${p.age}, ${p.role})`,
        );
    });
    expect(clashes).toEqual([]);
  });

  it('gives an age as a number, "baby" or "volwassene"', () => {
    const bad = cast
      .filter((p) => !/^(\d{1,3}|baby|volwassene)$/.test(p.age))
      .map((p) => `line ${p.line}: ${p.name} "${p.age}"`);
    expect(bad).toEqual([]);
  });

  it('lists only lessons that exist, by file name without .mdx', () => {
    const bad = cast.flatMap((p) =>
      p.lessons.filter((l) => !lessonSlugs.has(l)).map((l) => `line ${p.line}: ${p.name} → "${l}"`),
    );
    expect(bad).toEqual([]);
  });
});

describe.each(all.map((l) => [l.file, l] as const))('%s', (_file, lesson) => {
  const texts = paragraphs(lesson);
  const listed = cast.filter((p) => p.lessons.includes(lesson.slug));

  /** Where a name occurs: "body: …Wessel (34) is vader…" (first occurrence per text unit). */
  function mentions(name: string): string[] {
    const pattern = wordPattern(name);
    return texts.flatMap(({ where, text }) => {
      const plain = clean(text);
      const at = plain.search(pattern);
      return at < 0 ? [] : [`${where}: "…${plain.slice(Math.max(0, at - 30), at + name.length + 30)}…"`];
    });
  }

  it('names only cast members listed for this lesson (body, quiz and reflections)', () => {
    const strays = names
      .filter((name) => !listed.some((p) => p.name === name))
      .flatMap((name) => mentions(name).map((m) => `${name} is not listed for ${lesson.slug} in docs/cast.md — ${m}`));
    expect(strays).toEqual([]);
  });

  it('writes "Name (age)" only for cast members, with the age of the cast', () => {
    const problems = texts.flatMap(({ where, text }) =>
      [...clean(text).matchAll(/(\p{Lu}[\p{L}’'-]*) \((\d+)(?: jaar)?\)/gu)].flatMap((m) => {
        const [whole, name = '', digits = ''] = m;
        if (digits.length === 4 || notPeople.has(name)) return [];
        const person = cast.find((p) => p.name === name);
        if (!person) return [`${where}: "${whole}" — ${name} is not in docs/cast.md`];
        if (person.age !== digits) return [`${where}: "${whole}" — docs/cast.md gives ${name} age ${person.age}`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('mentions every cast member docs/cast.md lists for it', () => {
    const missing = listed
      .filter((p) => mentions(p.name).length === 0)
      .map((p) => `${p.name} (docs/cast.md line ${p.line})`);
    expect(missing).toEqual([]);
  });
});
