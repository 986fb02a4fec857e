/** Pure quiz logic shared by the build (markup) and the browser (custom element); unit-tested. */

export type QuizKind = 'single' | 'multiple' | 'truefalse' | 'order' | 'match';

/**
 * A stable id for a piece of answer text (an option, a step, a term, a description), so saved answers refer
 * to what was chosen, never to its position: an author may reorder or insert options. FNV-1a of the text
 * with its spacing tidied, in base 36.
 */
export function idOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.trim().replace(/\s+/g, ' ')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Ids of a choice question's options: the author's own `id`, or one derived from the text. */
export const choiceIds = (options: readonly { id?: string | undefined; text: string }[]): string[] =>
  options.map((o) => o.id ?? idOf(o.text));

/** The values a true/false answer is saved as. */
export const TRUE = 'waar';
export const FALSE = 'niet-waar';

/** One matched pair of a match question, as saved: `<term id>:<description id>`. */
export const pairId = (term: string, match: string): string => `${term}:${match}`;

/**
 * What a learner answered, by id. single/multiple: the chosen option ids; truefalse: [TRUE] or [FALSE];
 * order: the item ids in the learner's order; match: a `pairId` for each term that has a description.
 */
export type AnswerValue = string[];

/** The key the build writes into `data-key` so the browser can score without the source data. */
export interface AnswerKey {
  kind: QuizKind;
  /** The right answer as an `AnswerValue` (for order: the items in the right order). */
  correct: string[];
}

/** Small deterministic PRNG (mulberry32) so shuffles are the same in every build and on every device. */
function random(seedText: string): () => number {
  let seed = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 2166136261);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Indexes 0..n-1 shuffled by `seed`, never left in the right order (when n > 1). */
export function shuffledIndexes(n: number, seed: string): number[] {
  const next = random(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let attempt = 0; attempt < 5; attempt++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    if (order.some((v, i) => v !== i)) return order;
  }
  return order.reverse();
}

/** Whether there is something to check: a choice made, or a description for every term. */
export function isComplete(key: AnswerKey, value: AnswerValue): boolean {
  if (key.kind === 'match') return value.length === key.correct.length;
  return value.length > 0;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));

export function isCorrect(key: AnswerKey, value: AnswerValue): boolean {
  if (key.kind === 'order') return value.length === key.correct.length && value.every((v, i) => v === key.correct[i]);
  return sameSet(value, key.correct);
}

/** Moves item `from` one place up (-1) or down (+1); returns a new array. */
export function move<T>(order: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

/** Address (under the base path) of the table of version-2 option ids, `content/legacy/quiz-v2.json`. */
export const V2_ANSWERS = 'quiz-v2.json';

export type ScoreBand = 'high' | 'mid' | 'low';

/** A warm message band: most right, about half, or still new. */
export function scoreBand(correct: number, total: number): ScoreBand {
  const ratio = total ? correct / total : 0;
  return ratio >= 0.8 ? 'high' : ratio >= 0.5 ? 'mid' : 'low';
}

/** What is saved for one question (the shape of `QuizAnswer` in client/store.ts, kept free of the store here). */
export interface Attempt {
  value: AnswerValue;
  checked: boolean;
  correct: boolean;
  revealed: boolean;
  tries: number;
  firstTry?: boolean | undefined;
  hinted: boolean;
}

/**
 * The answer after the learner checks `value`: a right answer is done; a first wrong answer in a round shows
 * the hint and waits for a second try; a second wrong answer shows the right one. The very first check
 * decides `firstTry`, whatever comes later.
 */
export function checkAnswer(key: AnswerKey, value: AnswerValue, prev?: Partial<Attempt>): Attempt {
  const correct = isCorrect(key, value);
  const tries = (prev?.tries ?? 0) + 1;
  const firstTry = prev?.firstTry ?? correct;
  if (!correct && !prev?.hinted)
    return { value, checked: false, correct, revealed: false, tries, firstTry, hinted: true };
  return { value, checked: true, correct, revealed: false, tries, firstTry, hinted: false };
}

/** "Toon antwoord": the right answer is shown; revealed before any right try counts as not right the first time. */
export const revealAnswer = (key: AnswerKey, prev?: Partial<Attempt>): Attempt => ({
  value: key.correct,
  checked: true,
  correct: false,
  revealed: true,
  tries: prev?.tries ?? 0,
  firstTry: prev?.firstTry ?? false,
  hinted: false,
});

/** "Probeer opnieuw" and practice: the question is open again; what happened on the first try stays. */
export const reopenAnswer = (prev?: Partial<Attempt>, value: AnswerValue = []): Attempt => ({
  value,
  checked: false,
  correct: false,
  revealed: false,
  tries: prev?.tries ?? 0,
  firstTry: prev?.firstTry,
  hinted: false,
});

/** The honest score of a quiz: right on the first try, right later (after a hint or in practice), and done. */
export function quizScore(ids: readonly string[], answers: Record<string, Partial<Attempt> | undefined>) {
  const first = ids.filter((id) => answers[id]?.firstTry === true).length;
  const later = ids.filter((id) => answers[id]?.correct && answers[id]?.firstTry === false).length;
  const done = ids.length > 0 && ids.every((id) => answers[id]?.checked);
  /** Questions not right the first time: what "Oefen alleen wat nog niet lukte" opens again. */
  const toPractise = ids.filter((id) => answers[id]?.checked && answers[id]?.firstTry !== true);
  return { first, later, total: ids.length, done, toPractise };
}
