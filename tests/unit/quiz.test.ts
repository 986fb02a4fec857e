import { describe, expect, it } from 'vitest';
import { isComplete, isCorrect, move, scoreBand, shuffledIndexes } from '~/features/quiz/quiz';

describe('quiz logic', () => {
  it('shuffles the same way every time, never in the right order', () => {
    const a = shuffledIndexes(4, 'stappen');
    expect(shuffledIndexes(4, 'stappen')).toEqual(a);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    expect(a).not.toEqual([0, 1, 2, 3]);
    for (const seed of ['a', 'b', 'c', 'd', 'e']) expect(shuffledIndexes(2, seed)).toEqual([1, 0]);
  });

  it('scores single, multiple, true/false, order and match answers', () => {
    expect(isCorrect({ kind: 'single', correct: [2] }, [2])).toBe(true);
    expect(isCorrect({ kind: 'single', correct: [2] }, [1])).toBe(false);
    expect(isCorrect({ kind: 'multiple', correct: [0, 2] }, [2, 0])).toBe(true);
    expect(isCorrect({ kind: 'multiple', correct: [0, 2] }, [0])).toBe(false);
    expect(isCorrect({ kind: 'multiple', correct: [0, 2] }, [0, 1, 2])).toBe(false);
    expect(isCorrect({ kind: 'truefalse', correct: [0] }, [0])).toBe(true);
    expect(isCorrect({ kind: 'order', correct: [0, 1, 2] }, [0, 2, 1])).toBe(false);
    expect(isCorrect({ kind: 'match', correct: [0, 1, 2] }, [0, 1, 2])).toBe(true);
  });

  it('knows when an answer is complete enough to check', () => {
    expect(isComplete('single', [])).toBe(false);
    expect(isComplete('match', [0, -1, 2])).toBe(false);
    expect(isComplete('match', [0, 1, 2])).toBe(true);
  });

  it('moves order items one place and stops at the ends', () => {
    expect(move([2, 0, 1], 1, -1)).toEqual([0, 2, 1]);
    expect(move([2, 0, 1], 0, -1)).toEqual([2, 0, 1]);
    expect(move([2, 0, 1], 2, 1)).toEqual([2, 0, 1]);
  });

  it('gives a warm band for every score', () => {
    expect(scoreBand(5, 5)).toBe('high');
    expect(scoreBand(3, 5)).toBe('mid');
    expect(scoreBand(1, 5)).toBe('low');
  });
});
