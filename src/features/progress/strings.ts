import type { UIKey } from '~/i18n/keys';

/** The Dutch strings of the progress elements ("Markeer als afgerond", "2 van 4 lessen afgerond"). */
export const progressStrings = [
  'progress.markDone',
  'progress.isDone',
  'progress.count',
  'progress.doneMark',
] as const satisfies readonly UIKey[];

export type ProgressKey = (typeof progressStrings)[number];
