import type { UIKey } from '~/i18n/keys';
import { EXPERIMENT_FIELDS } from '~/features/reflection/kinds';

/** The Dutch strings the workbook element shows; `Workbook.astro` puts them on the island. */
export const workbookStrings = [
  'workbook.noAnswer',
  'workbook.quiz',
  'workbook.quizLater',
  'workbook.preview',
  'workbook.imported',
  'workbook.cleared',
  'workbook.problem.too-big',
  'workbook.problem.not-json',
  'workbook.problem.not-ours',
  'workbook.problem.future-version',
  'workbook.problem.wrong-shape',
  ...EXPERIMENT_FIELDS.map(([, key]) => key),
] as const satisfies readonly UIKey[];

export type WorkbookKey = (typeof workbookStrings)[number];
