import type { UIKey } from '~/i18n/keys';

/** The Dutch strings the reflection element shows; `Reflection.astro` puts them on the island. */
export const reflectionStrings = [
  'reflection.saved',
  'reflection.saving',
  'reflection.notSaved',
] as const satisfies readonly UIKey[];

export type ReflectionKey = (typeof reflectionStrings)[number];
