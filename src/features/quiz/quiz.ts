/** Pure quiz logic shared by the build (markup) and the browser (custom element); unit-tested. */

export type QuizKind = 'single' | 'multiple' | 'truefalse' | 'order' | 'match';

/**
 * What a learner answered. single/multiple: chosen option indexes; truefalse: [1] for "waar", [0] for
 * "niet waar"; order: original item indexes in the learner's order; match: for each term the index of
 * the chosen description, -1 when none.
 */
export type AnswerValue = number[];

/** The key the build writes into `data-key` so the browser can score without the source data. */
export interface AnswerKey {
  kind: QuizKind;
  /** single/multiple: correct option indexes; truefalse: [1] or [0]; order/match: identity 0..n-1. */
  correct: number[];
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

export function isComplete(kind: QuizKind, value: AnswerValue): boolean {
  if (kind === 'match') return value.length > 0 && value.every((v) => v >= 0);
  return value.length > 0;
}

export function isCorrect(key: AnswerKey, value: AnswerValue): boolean {
  if (key.kind === 'multiple' || key.kind === 'single') {
    const chosen = [...value].sort((a, b) => a - b);
    return chosen.length === key.correct.length && chosen.every((v, i) => v === key.correct[i]);
  }
  return value.length === key.correct.length && value.every((v, i) => v === key.correct[i]);
}

/** Moves item `from` one place up (-1) or down (+1); returns a new array. */
export function move(order: number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to] as number, next[from] as number];
  return next;
}

export type ScoreBand = 'high' | 'mid' | 'low';

/** A warm message band: most right, about half, or still new. */
export function scoreBand(correct: number, total: number): ScoreBand {
  const ratio = total ? correct / total : 0;
  return ratio >= 0.8 ? 'high' : ratio >= 0.5 ? 'mid' : 'low';
}
