import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { glossarySchema, lessonSchema, moduleSchema, sourceSchema, type ReferenceFactory } from '~/schemas';

// Stands in for `astro:content`'s `reference`, which only exists inside an Astro build.
const ref = ((collection: string) => z.string().transform((id) => ({ id, collection }))) as unknown as ReferenceFactory;
const lesson = lessonSchema(ref);
const valid = {
  module: 'het-ouderlijk-brein',
  order: 1,
  title: 'Opvoeden gebeurt in je brein',
  summary: 'Wat er in je brein gebeurt als je voor een kind zorgt.',
  goals: ['Je kunt uitleggen wat het zorgsysteem is.', 'Je kunt twee onderzoekslijnen noemen.'],
  minutes: 25,
  updated: '2026-11-23',
};

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('lesson frontmatter', () => {
  it('fills defaults for audience, sources, terms and draft', () => {
    const data = lesson.parse(valid);
    expect(data.audience).toEqual(['professional', 'trainer', 'ouder']);
    expect(data.sources).toEqual([]);
    expect(data.terms).toEqual([]);
    expect(data.draft).toBe(false);
    expect(data.updated).toBeInstanceOf(Date);
  });

  it('names the missing field in Dutch', () => {
    const { title: _title, ...rest } = valid;
    expect(messages(lesson.safeParse(rest))).toEqual(['title: Ongeldige invoer: verwacht string, ontving undefined']);
  });

  it('asks for two to four learning goals written as sentences', () => {
    expect(messages(lesson.safeParse({ ...valid, goals: ['Je kunt het zorgsysteem uitleggen.'] }))).toEqual([
      'goals: Geef minstens twee leerdoelen.',
    ]);
    expect(messages(lesson.safeParse({ ...valid, goals: ['kort', 'Een goede zin als leerdoel.'] }))).toEqual([
      'goals.0: Schrijf het leerdoel als een hele zin.',
    ]);
  });

  it('rejects an unknown audience and an impossible study time', () => {
    const issues = messages(lesson.safeParse({ ...valid, audience: ['kinderen'], minutes: 0 }));
    expect(issues.map((m) => m.split(':')[0])).toEqual(['minutes', 'audience.0']);
  });
});

describe('module, glossary and source frontmatter', () => {
  it('accepts a complete module and rejects a missing order', () => {
    const mod = {
      title: 'Het ouderlijk brein',
      order: 1,
      summary: 'Wat opvoeden met je brein doet en andersom.',
      goals: ['Je kunt het model uitleggen.'],
    };
    expect(moduleSchema.parse(mod).draft).toBe(false);
    const { order: _order, ...rest } = mod;
    expect(messages(moduleSchema.safeParse(rest))[0]).toMatch(/^order: /);
  });

  it('keeps glossary explanations short', () => {
    const schema = glossarySchema(ref);
    expect(messages(schema.safeParse({ term: 'Coregulatie', short: 'x'.repeat(201) }))[0]).toMatch(/^short: /);
  });

  it('wants a journal for an article and a bare DOI', () => {
    const article = { type: 'article', authors: ['Coan, J. A.'], year: 2006, title: 'Lending a hand' };
    expect(messages(sourceSchema.safeParse(article))).toEqual([
      'container: Een artikel heeft een tijdschrift nodig (veld "container").',
    ]);
    expect(
      messages(
        sourceSchema.safeParse({ ...article, container: 'Psychological Science', doi: 'https://doi.org/10.1/x' }),
      ),
    ).toEqual(['doi: Een DOI begint met "10." (zonder https://doi.org/).']);
  });
});
