import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLesson, type RenderedLesson } from '../support/render-lesson';
import { readability } from '../support/readability';

// The editorial rules of the course, checked on every lesson in content/lessons/, read through the same
// lesson parts the site uses (`lessonParts`), after rendering each lesson with the real lesson components.
const root = join(import.meta.dirname, '../../content/lessons');
const files = readdirSync(root).flatMap((mod) =>
  readdirSync(join(root, mod))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(root, mod, f)),
);

it('finds the lessons', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.map((path) => ({ path, file: path.slice(path.indexOf('content/')) })))('$file', ({ path }) => {
  let lesson: RenderedLesson;
  const load = async () => (lesson ??= await renderLesson(path));

  it('has valid frontmatter and renders into its parts', async () => {
    await expect(load()).resolves.toBeDefined();
  });

  it('has a parent summary in B1: ≤ 250 words, sentences ≤ 12 words on average and none over 20, Flesch–Douma ≥ 65', async () => {
    const { parts } = await load();
    expect(parts.summary, 'no <ParentSummary>').toBeDefined();
    expect(parts.keyMessages).toHaveLength(3);
    const r = readability(parts.summary?.text ?? '');
    expect(r.words).toBeLessThanOrEqual(250);
    expect(r.average, 'average sentence length').toBeLessThanOrEqual(12);
    expect(r.longestLength, `longest sentence: "${r.longest}"`).toBeLessThanOrEqual(20);
    expect(r.fleschDouma, 'Flesch–Douma reading ease').toBeGreaterThanOrEqual(65);
  });

  it('has 900 to 1600 words of professional text', async () => {
    const count = readability((await load()).parts.professionalText).words;
    expect(count).toBeGreaterThanOrEqual(900);
    expect(count).toBeLessThanOrEqual(1600);
  });

  it('has sections with key points and a trainer note each, and a "Wat weten we zeker?" note', async () => {
    const { parts } = await load();
    expect(parts.sections.length).toBeGreaterThanOrEqual(3);
    expect(
      parts.sections.filter((s) => !s.notes).map((s) => s.title),
      'sections without a trainer note',
    ).toEqual([]);
    expect(parts.sections.some((s) => s.points)).toBe(true);
    expect(parts.html).toContain('callout--evidence');
  });

  it('has a quiz of at least 5 questions of at least two kinds, and two reflections, one for parents', async () => {
    const { quiz, reflections } = (await load()).data;
    expect(quiz.length).toBeGreaterThanOrEqual(5);
    expect(new Set(quiz.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
    const choice = quiz.flatMap((q) => (q.kind === 'single' || q.kind === 'multiple' ? [q] : []));
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
