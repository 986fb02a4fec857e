import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainText, readability } from '../support/readability';
import { lessonSchema, type ReferenceFactory } from '~/schemas';

// The editorial rules of the course, checked on every lesson in content/lessons/.
const root = join(import.meta.dirname, '../../content/lessons');
const lessons = readdirSync(root).flatMap((mod) =>
  readdirSync(join(root, mod))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: `content/lessons/${mod}/${f}`, text: readFileSync(join(root, mod, f), 'utf8') })),
);

function parts(text: string) {
  const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const parent = body.match(/<ParentSummary[\s\S]*?>([\s\S]*?)<\/ParentSummary>/)?.[1] ?? '';
  const messages = [
    ...(body.match(/<ParentSummary\s+messages=\{\[([\s\S]*?)\]\}/)?.[1] ?? '').matchAll(/"([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const professional = body
    .replace(/<ParentSummary[\s\S]*?<\/ParentSummary>/, '')
    .replace(/<TrainerNote>[\s\S]*?<\/TrainerNote>/g, '')
    .replace(/<Figure[\s\S]*?>/g, '');
  return { frontmatter, body, parent, messages, professional };
}

const ref = ((collection: string) => z.string().transform((id) => ({ id, collection }))) as unknown as ReferenceFactory;
const schema = lessonSchema(ref);

describe.each(lessons)('$file', ({ text }) => {
  const { frontmatter, body, parent, messages, professional } = parts(text);
  const parsed = schema.safeParse(parse(frontmatter));

  it('has valid frontmatter', () => {
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
  });

  it('has a parent summary in B1: ≤ 250 words, sentences ≤ 12 words on average and none over 20, Flesch–Douma ≥ 65', () => {
    expect(parent.trim(), 'no <ParentSummary>').not.toBe('');
    const r = readability(plainText([parent, ...messages].join('\n\n')));
    expect(r.words).toBeLessThanOrEqual(250);
    expect(r.average, 'average sentence length').toBeLessThanOrEqual(12);
    expect(r.longestLength, `longest sentence: "${r.longest}"`).toBeLessThanOrEqual(20);
    expect(r.fleschDouma, 'Flesch–Douma reading ease').toBeGreaterThanOrEqual(65);
  });

  it('has 900 to 1600 words of professional text', () => {
    const count = readability(plainText(professional)).words;
    expect(count).toBeGreaterThanOrEqual(900);
    expect(count).toBeLessThanOrEqual(1600);
  });

  it('has sections with key points and trainer notes, and a "Wat weten we zeker?" note', () => {
    const sections = body.match(/^## /gm)?.length ?? 0;
    expect(sections).toBeGreaterThanOrEqual(3);
    expect(body.match(/<TrainerNote>/g)?.length ?? 0).toBeGreaterThanOrEqual(sections);
    expect(body).toContain('<KeyPoints');
    expect(body).toContain('<Callout type="evidence"');
  });

  it('has a quiz of at least 5 questions of at least two kinds, and two reflections, one for parents', () => {
    const { quiz = [], reflections = [] } = parsed.data ?? {};
    expect(quiz.length).toBeGreaterThanOrEqual(5);
    expect(new Set(quiz.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
    const choice = quiz.filter((q) => q.kind === 'single' || q.kind === 'multiple');
    expect(
      choice.every((q) => q.options.every((o) => o.feedback)),
      'every option has feedback',
    ).toBe(true);
    expect(reflections.length).toBeGreaterThanOrEqual(2);
    expect(reflections.some((r) => r.audience.includes('ouder'))).toBe(true);
  });
});

// The Content-Security-Policy blocks inline styles, so diagrams colour themselves with the palette classes.
const diagrams = join(import.meta.dirname, '../../content/diagrams');
describe.each(readdirSync(diagrams).filter((f) => f.endsWith('.svg')))('content/diagrams/%s', (file) => {
  const svg = readFileSync(join(diagrams, file), 'utf8');

  it('has no style attributes or <style> elements (use fill/stroke attributes and d-fill-*/d-stroke-* classes)', () => {
    const lines = svg.split('\n').flatMap((line, i) => (/\sstyle=|<style/.test(line) ? [`line ${i + 1}`] : []));
    expect(lines).toEqual([]);
  });

  it('uses only palette classes that exist', () => {
    const classes = [...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/));
    expect(classes.filter((c) => !/^d-(fill|stroke)-(accent|muted|surface|bg|border)$/.test(c))).toEqual([]);
  });
});
