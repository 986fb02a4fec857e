import type { Store } from '~/client/store';
import { FALSE, pairId, TRUE, type AnswerValue, type QuizKind } from './quiz';

/** The table of version-2 option ids (`content/legacy/quiz-v2.json`): for each lesson and question, its option (or item, or pair) ids by position, as they were then. */
export type V2Table = Record<string, Record<string, string[]>>;

/**
 * Turns an answer saved by position (store version 2) into ids, with the question's ids as they were then
 * (`v2`: option or item ids by index; for match, a `pairId` per pair). Undefined when it does not fit.
 */
export function fromPositions(kind: QuizKind, positions: number[], v2: string[]): AnswerValue | undefined {
  const at = (i: number) => v2[i];
  if (kind === 'truefalse') return positions.length === 1 ? [positions[0] ? TRUE : FALSE] : undefined;
  if (kind === 'match') {
    const value: string[] = [];
    for (const [i, j] of positions.entries()) {
      if (j === -1) continue;
      const [term] = at(i)?.split(':') ?? [];
      const [, match] = at(j)?.split(':') ?? [];
      if (!term || !match) return undefined;
      value.push(pairId(term, match));
    }
    return value;
  }
  const value = positions.map(at);
  return value.every((v): v is string => v !== undefined) ? value : undefined;
}

/**
 * Turns a lesson's answers saved by position (store version 2) into ids: fetches the table of the questions
 * as they were then (`url`), converts what fits and drops what does not. Loaded only when such answers exist.
 */
export async function upgradeAnswers(
  store: Store,
  lesson: string,
  url: string,
  kindOf: (question: string) => QuizKind | undefined,
): Promise<void> {
  const waiting = Object.entries(store.state.quizzes[lesson] ?? {}).filter(([, a]) => a.positions);
  if (!waiting.length) return;
  let table: V2Table;
  try {
    table = (await (await fetch(url)).json()) as V2Table;
  } catch {
    return; // Offline: try again on a later visit; nothing is lost meanwhile.
  }
  store.update((s) => {
    for (const [id, answer] of waiting) {
      const kind = kindOf(id);
      const value = kind && answer.positions && fromPositions(kind, answer.positions, table[lesson]?.[id] ?? []);
      const { positions: _, ...rest } = answer;
      if (value) (s.quizzes[lesson] ??= {})[id] = { ...rest, value };
      else delete s.quizzes[lesson]?.[id];
    }
  });
}
