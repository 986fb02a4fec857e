import { describe, expect, it } from 'vitest';
import { lessons } from './content-text';

// Quizzes test understanding, not the habit of picking the longest answer: among single-choice questions
// the keyed option may be the strictly longest in at most a third of them per lesson (rounded up) and in
// at most 30 % course-wide. Every option explains itself, and a true/false question gives feedback.
// Every question has a hint for a wrong first try: short, never the keyed option's text, never the explanation.

interface Option {
  text: string;
  correct?: boolean;
  feedback?: string;
}
interface Question {
  id: string;
  kind: string;
  explanation?: string;
  hint?: string;
  options?: Option[];
  feedbackTrue?: string;
  feedbackFalse?: string;
}

const length = (s: string) => [...s.trim()].length;

/** Lower case, one space between words, no punctuation at either end: the form in which texts are compared. */
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Hints stay short: one or two sentences, at most this many words. */
const maxHintWords = 25;

/** Whether the keyed option of a single-choice question is longer than every other option. */
function keyedIsLongest(q: Question): boolean {
  const options = q.options ?? [];
  const keyed = options.find((o) => o.correct);
  if (!keyed) return false;
  return options.every((o) => o === keyed || length(o.text) < length(keyed.text));
}

function describeLongest(q: Question): string {
  const options = q.options ?? [];
  const keyed = options.find((o) => o.correct);
  const others = options.filter((o) => o !== keyed).map((o) => length(o.text));
  return `${q.id} (keyed ${length(keyed?.text ?? '')} characters, others ${others.join(', ')})`;
}

const all = lessons().map((l) => ({ file: l.file, quiz: (l.data.quiz ?? []) as Question[] }));

describe.each(all.map((l) => [l.file, l.quiz] as const))('%s', (_file, quiz) => {
  const singles = quiz.filter((q) => q.kind === 'single');

  it('keys the strictly longest option in at most a third (rounded up) of its single-choice questions', () => {
    const longest = singles.filter(keyedIsLongest);
    const allowed = Math.ceil(singles.length / 3);
    expect(
      longest.length,
      `${longest.length} of ${singles.length} single-choice questions key the longest option (at most ${allowed}): ${longest.map(describeLongest).join('; ')}`,
    ).toBeLessThanOrEqual(allowed);
  });

  it('gives every single- and multiple-choice option its feedback', () => {
    const missing = quiz
      .filter((q) => q.kind === 'single' || q.kind === 'multiple')
      .flatMap((q) => (q.options ?? []).filter((o) => !o.feedback?.trim()).map((o) => `${q.id}: "${o.text}"`));
    expect(missing).toEqual([]);
  });

  it('gives every true/false question feedback for at least one answer', () => {
    const missing = quiz
      .filter((q) => q.kind === 'truefalse' && !q.feedbackTrue?.trim() && !q.feedbackFalse?.trim())
      .map((q) => q.id);
    expect(missing).toEqual([]);
  });
});

describe.each(all.map((l) => [l.file, l.quiz] as const))('%s: hints', (_file, quiz) => {
  it('gives every question a hint', () => {
    expect(quiz.filter((q) => !q.hint?.trim()).map((q) => q.id)).toEqual([]);
  });

  it(`keeps every hint to at most ${maxHintWords} words`, () => {
    const long = quiz
      .filter((q) => q.hint && words(q.hint) > maxHintWords)
      .map((q) => `${q.id} (${words(q.hint ?? '')})`);
    expect(long).toEqual([]);
  });

  it('never puts the text of a keyed option (longer than three words) in a hint', () => {
    const leaks = quiz.flatMap((q) =>
      (q.options ?? [])
        .filter((o) => o.correct && words(o.text) > 3 && q.hint && normal(q.hint).includes(normal(o.text)))
        .map((o) => `${q.id}: "${o.text}"`),
    );
    expect(leaks).toEqual([]);
  });

  it('never uses the explanation as the hint', () => {
    const same = quiz
      .filter((q) => q.hint && q.explanation && normal(q.hint) === normal(q.explanation))
      .map((q) => q.id);
    expect(same).toEqual([]);
  });
});

describe('the whole course', () => {
  it('keys the strictly longest option in at most 30 % of all single-choice questions', () => {
    const singles = all.flatMap(({ file, quiz }) => quiz.filter((q) => q.kind === 'single').map((q) => ({ file, q })));
    const longest = singles.filter(({ q }) => keyedIsLongest(q));
    const share = singles.length ? longest.length / singles.length : 0;
    expect(
      share,
      `${longest.length} of ${singles.length} (${Math.round(share * 100)} %) key the longest option:\n${longest
        .map(({ file, q }) => `  ${file}: ${describeLongest(q)}`)
        .join('\n')}`,
    ).toBeLessThanOrEqual(0.3);
  });
});
