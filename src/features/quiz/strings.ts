import type { UIKey } from '~/i18n/keys';

/** The Dutch strings the quiz element shows; `Quiz.astro` puts them on the island. */
export const quizStrings = [
  'quiz.correct',
  'quiz.incorrect',
  'quiz.tryAgain',
  'quiz.revealed',
  'quiz.chooseFirst',
  'quiz.moved',
  'quiz.score',
  'quiz.score.high',
  'quiz.score.mid',
  'quiz.score.low',
  'quiz.optionRight',
  'quiz.optionWrong',
  'quiz.optionMissed',
  'quiz.optionAnswer',
  'quiz.scoreLater',
  'quiz.notSaved',
  'quiz.recovered',
] as const satisfies readonly UIKey[];

export type QuizKey = (typeof quizStrings)[number];
