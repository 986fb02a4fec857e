import { describe, expect, it } from 'vitest';
import { fromPositions } from '~/features/quiz/upgrade';
import {
  checkAnswer,
  choiceIds,
  idOf,
  isComplete,
  isCorrect,
  move,
  pairId,
  quizScore,
  reopenAnswer,
  revealAnswer,
  scoreBand,
  shuffledIndexes,
  type AnswerKey,
} from '~/features/quiz/quiz';

describe('quiz logic', () => {
  it('shuffles the same way every time, never in the right order', () => {
    const a = shuffledIndexes(4, 'stappen');
    expect(shuffledIndexes(4, 'stappen')).toEqual(a);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    expect(a).not.toEqual([0, 1, 2, 3]);
    for (const seed of ['a', 'b', 'c', 'd', 'e']) expect(shuffledIndexes(2, seed)).toEqual([1, 0]);
  });

  it('gives answer text a stable id that does not depend on its position or spacing', () => {
    expect(idOf('Blauw')).toBe(idOf('  Blauw '));
    expect(idOf('Blauw')).not.toBe(idOf('Groen'));
    expect(idOf('Blauw')).toMatch(/^[0-9a-z]{7}$/);
    expect(choiceIds([{ text: 'Blauw' }, { id: 'eigen-id', text: 'Groen' }])).toEqual([idOf('Blauw'), 'eigen-id']);
  });

  it('scores single, multiple, true/false, order and match answers', () => {
    expect(isCorrect({ kind: 'single', correct: ['c'] }, ['c'])).toBe(true);
    expect(isCorrect({ kind: 'single', correct: ['c'] }, ['b'])).toBe(false);
    expect(isCorrect({ kind: 'multiple', correct: ['a', 'c'] }, ['c', 'a'])).toBe(true);
    expect(isCorrect({ kind: 'multiple', correct: ['a', 'c'] }, ['a'])).toBe(false);
    expect(isCorrect({ kind: 'multiple', correct: ['a', 'c'] }, ['a', 'b', 'c'])).toBe(false);
    expect(isCorrect({ kind: 'truefalse', correct: ['niet-waar'] }, ['niet-waar'])).toBe(true);
    expect(isCorrect({ kind: 'order', correct: ['x', 'y', 'z'] }, ['x', 'z', 'y'])).toBe(false);
    expect(isCorrect({ kind: 'match', correct: ['k:b', 'h:w'] }, ['h:w', 'k:b'])).toBe(true);
    expect(isCorrect({ kind: 'match', correct: ['k:b', 'h:w'] }, ['h:b', 'k:w'])).toBe(false);
  });

  it('knows when an answer is complete enough to check', () => {
    expect(isComplete({ kind: 'single', correct: ['a'] }, [])).toBe(false);
    expect(isComplete({ kind: 'match', correct: ['k:b', 'h:w', 'c:m'] }, ['k:b', 'h:w'])).toBe(false);
    expect(isComplete({ kind: 'match', correct: ['k:b', 'h:w', 'c:m'] }, ['k:w', 'h:b', 'c:m'])).toBe(true);
  });

  it('moves order items one place and stops at the ends', () => {
    expect(move(['c', 'a', 'b'], 1, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['c', 'a', 'b'], 0, -1)).toEqual(['c', 'a', 'b']);
    expect(move(['c', 'a', 'b'], 2, 1)).toEqual(['c', 'a', 'b']);
  });

  it('turns answers saved by position (store version 2) into ids with the question as it was', () => {
    expect(fromPositions('single', [1], ['a', 'b', 'c'])).toEqual(['b']);
    expect(fromPositions('multiple', [0, 2], ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(fromPositions('truefalse', [0], [])).toEqual(['niet-waar']);
    expect(fromPositions('truefalse', [1], [])).toEqual(['waar']);
    expect(fromPositions('order', [2, 0, 1], ['x', 'y', 'z'])).toEqual(['z', 'x', 'y']);
    const pairs = [pairId('koe', 'boe'), pairId('kat', 'miauw'), pairId('hond', 'woef')];
    expect(fromPositions('match', [1, -1, 2], pairs)).toEqual([pairId('koe', 'miauw'), pairId('hond', 'woef')]);
    expect(fromPositions('single', [5], ['a', 'b'])).toBeUndefined();
  });

  it('gives a warm band for every score', () => {
    expect(scoreBand(5, 5)).toBe('high');
    expect(scoreBand(3, 5)).toBe('mid');
    expect(scoreBand(1, 5)).toBe('low');
  });
});

describe('tries and the honest score', () => {
  const key: AnswerKey = { kind: 'single', correct: ['b'] };

  it('a first wrong try gives a hint and a second chance; the first try stays wrong when the second is right', () => {
    const first = checkAnswer(key, ['a']);
    expect(first).toMatchObject({ checked: false, hinted: true, tries: 1, firstTry: false });
    const second = checkAnswer(key, ['b'], first);
    expect(second).toMatchObject({ checked: true, correct: true, hinted: false, tries: 2, firstTry: false });
    expect(quizScore(['q'], { q: second })).toMatchObject({ first: 0, later: 1, total: 1, done: true });
  });

  it('a second wrong try shows the answer; right at once counts as first try', () => {
    const wrong = checkAnswer(key, ['c'], checkAnswer(key, ['a']));
    expect(wrong).toMatchObject({ checked: true, correct: false, hinted: false });
    const right = checkAnswer(key, ['b']);
    expect(right).toMatchObject({ checked: true, correct: true, firstTry: true, tries: 1 });
    expect(quizScore(['x', 'y'], { x: wrong, y: right })).toMatchObject({
      first: 1,
      later: 0,
      done: true,
      toPractise: ['x'],
    });
  });

  it('revealing before a right try counts as not right; practice never changes the first try', () => {
    const shown = revealAnswer(key);
    expect(shown).toMatchObject({ checked: true, revealed: true, firstTry: false, value: ['b'] });
    const again = reopenAnswer(shown);
    expect(again).toMatchObject({ checked: false, value: [], firstTry: false });
    const right = checkAnswer(key, ['b'], again);
    expect(right).toMatchObject({ correct: true, firstTry: false });
    expect(quizScore(['q'], { q: right })).toMatchObject({ first: 0, later: 1, toPractise: ['q'] });
  });

  it('is not done while a question waits for its second try', () => {
    expect(quizScore(['q'], { q: checkAnswer(key, ['a']) }).done).toBe(false);
    expect(quizScore([], {}).done).toBe(false);
  });
});
