import { readItem, writeItem } from '~/client/storage';

export type Theme = 'light' | 'dark';

/** Key under which an explicit theme choice is kept; `PrefsScript.astro` reads the same key before paint. */
export const THEME_KEY = 'bb-theme';

export const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

/** The stored choice, or the system preference when the person has not chosen. */
export function currentTheme(): Theme {
  const stored = readItem(THEME_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return darkQuery().matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

export function chooseTheme(theme: Theme): boolean {
  applyTheme(theme);
  return writeItem(THEME_KEY, theme);
}
