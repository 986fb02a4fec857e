import type { UIKey } from '~/i18n/keys';

/** The Dutch strings of the parent tools: read-aloud and "Bewaar voor offline". */
export const parentStrings = [
  'readAloud.play',
  'readAloud.pause',
  'readAloud.resume',
  'offline.saving',
  'offline.saved',
  'offline.failed',
] as const satisfies readonly UIKey[];

export type ParentKey = (typeof parentStrings)[number];
