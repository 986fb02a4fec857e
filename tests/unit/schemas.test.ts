import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseDutch, type ReferenceFactory } from '~/schemas/errors';
import { glossarySchema } from '~/schemas/glossary';
import { lessonSchema } from '~/schemas/lesson';
import { moduleSchema } from '~/schemas/module';
import { sourceSchema } from '~/schemas/source';

// Stands in for `astro:content`'s `reference`, which only exists inside an Astro build.
const ref = ((collection: string) => z.string().transform((id) => ({ id, collection }))) as unknown as ReferenceFactory;
const lesson = lessonSchema(ref);
const valid = {
  order: 1,
  title: 'Opvoeden gebeurt in je brein',
  summary: 'Wat er in je brein gebeurt als je voor een kind zorgt.',
  goals: ['uitleggen wat het zorgsysteem is.', 'twee onderzoekslijnen noemen.'],
  minutes: 25,
  updated: '2026-11-23',
};

/** What an author reads: one line per problem, "field: message", in Dutch. */
const messages = (schema: z.ZodType, data: unknown) => {
  const result = parseDutch(schema, data);
  return result.success ? [] : result.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
};

describe('lesson frontmatter', () => {
  it('fills defaults for audience, sources, terms and draft', () => {
    const data = lesson.parse(valid);
    expect(data.audience).toEqual(['professional', 'trainer', 'ouder']);
    expect(data.sources).toEqual([]);
    expect(data.terms).toEqual([]);
    expect(data.draft).toBe(false);
    expect(data.updated).toBeInstanceOf(Date);
  });

  it('names the missing field in Dutch, found from the issue and not from its wording', () => {
    const { title: _title, ...rest } = valid;
    expect(messages(lesson, rest)).toEqual(['title: dit verplichte veld ontbreekt.']);
  });

  it('asks for two to four learning goals written as sentences', () => {
    expect(messages(lesson, { ...valid, goals: ['het zorgsysteem uitleggen.'] })).toEqual([
      'goals: Geef minstens twee leerdoelen.',
    ]);
    expect(messages(lesson, { ...valid, goals: ['kort', 'Een goede zin als leerdoel.'] })).toEqual([
      'goals.0: Schrijf het leerdoel als een hele zin.',
    ]);
  });

  it('rejects an unknown audience and an impossible study time, in Dutch', () => {
    const issues = messages(lesson, { ...valid, audience: ['kinderen'], minutes: 0 });
    expect(issues.map((m) => m.split(':')[0])).toEqual(['minutes', 'audience.0']);
    expect(issues.join(' ')).toMatch(/Te klein|Ongeldige/);
  });

  it('wants exactly three key messages', () => {
    expect(messages(lesson, { ...valid, keyMessages: ['Een.', 'Twee boodschappen maar.'] })).toContain(
      'keyMessages: Geef precies drie kernboodschappen.',
    );
    expect(lesson.parse({ ...valid, keyMessages: ['Eén zin.', 'Twee zin.', 'Drie zin.'] }).keyMessages).toHaveLength(3);
  });

  it('asks each reflection kind for its own fields', () => {
    const prompt = { id: 'r', prompt: 'Hoe gaat het met je?' };
    expect(messages(lesson, { ...valid, reflections: [{ ...prompt, kind: 'scale' }] })).toEqual([
      'reflections.0.scale: dit verplichte veld ontbreekt.',
    ]);
    expect(messages(lesson, { ...valid, reflections: [{ ...prompt, kind: 'checklist', items: ['Eén'] }] })).toEqual([
      'reflections.0.items: Een checklist heeft minstens twee punten.',
    ]);
    expect(messages(lesson, { ...valid, reflections: [{ ...prompt, kind: 'open' }] })).toEqual([]);
  });

  it('refuses two options that would be saved under the same id', () => {
    const question = {
      id: 'q',
      kind: 'single',
      prompt: 'Welke kleur?',
      explanation: 'De lucht is blauw.',
      options: [{ text: 'Blauw', correct: true }, { text: ' Blauw ' }],
    };
    expect(messages(lesson, { ...valid, quiz: [question] })).toEqual([
      'quiz.0.options: vraag "q": twee antwoorden hebben dezelfde tekst of hetzelfde "id"; maak ze verschillend.',
    ]);
  });
});

describe('module, glossary and source frontmatter', () => {
  it('accepts a complete module and rejects a missing order', () => {
    const mod = {
      title: 'Het ouderlijk brein',
      order: 1,
      summary: 'Wat opvoeden met je brein doet en andersom.',
      goals: ['het model uitleggen.'],
    };
    expect(moduleSchema.parse(mod).draft).toBe(false);
    const { order: _order, ...rest } = mod;
    expect(messages(moduleSchema, rest)).toEqual(['order: dit verplichte veld ontbreekt.']);
  });

  it('keeps glossary explanations short', () => {
    expect(messages(glossarySchema(ref), { term: 'Coregulatie', short: 'x'.repeat(201) })[0]).toMatch(/^short: /);
  });

  it('wants a journal for an article and a bare DOI', () => {
    const article = { type: 'article', authors: ['Coan, J. A.'], year: 2006, title: 'Lending a hand' };
    expect(messages(sourceSchema, article)).toEqual([
      'container: Een artikel heeft een tijdschrift nodig (veld "container").',
    ]);
    expect(
      messages(sourceSchema, { ...article, container: 'Psychological Science', doi: 'https://doi.org/10.1/x' }),
    ).toEqual(['doi: Een DOI begint met "10." (zonder https://doi.org/).']);
  });

  it('lets a source leave out what is not known, if it says so instead of inventing it', () => {
    const known = { type: 'article', authors: ['Wildervanck, C.'] };
    expect(messages(sourceSchema, known).map((m) => m.split(':')[0])).toEqual(['year', 'title', 'container']);
    expect(
      messages(sourceSchema, {
        ...known,
        unknown: ['year', 'title', 'container'],
        description: 'Artikel over spiegelneuronen',
      }),
    ).toEqual([]);
  });
});
