import { readItem, writeItem } from '~/client/storage';

/** Three text sizes for people who read better with larger letters; `PrefsScript.astro` applies it before paint. */
export const TEXT_SIZES = ['normaal', 'groot', 'groter'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_KEY = 'bb-text-size';
/** Fired on `document` when the size changes, so every size control on the page shows the new choice. */
export const TEXT_SIZE_EVENT = 'bb-text-size-change';

export function currentTextSize(): TextSize {
  const stored = readItem(TEXT_SIZE_KEY);
  return TEXT_SIZES.find((s) => s === stored) ?? 'normaal';
}

export function chooseTextSize(size: TextSize): boolean {
  document.documentElement.dataset['textSize'] = size;
  const saved = writeItem(TEXT_SIZE_KEY, size);
  document.dispatchEvent(new CustomEvent(TEXT_SIZE_EVENT, { detail: size }));
  return saved;
}
