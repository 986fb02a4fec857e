import { readItem, writeItem } from '~/client/storage';

/** Three text sizes for people who read better with larger letters; `PrefsScript.astro` applies it before paint. */
export const TEXT_SIZES = ['normaal', 'groot', 'groter'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_KEY = 'bb-text-size';

export function currentTextSize(): TextSize {
  const stored = readItem(TEXT_SIZE_KEY);
  return TEXT_SIZES.find((s) => s === stored) ?? 'normaal';
}

export function chooseTextSize(size: TextSize): boolean {
  document.documentElement.dataset['textSize'] = size;
  return writeItem(TEXT_SIZE_KEY, size);
}
