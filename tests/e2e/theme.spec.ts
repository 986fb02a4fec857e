import { expect, test } from '@playwright/test';
import { course } from './site';

// Records the theme at the moment <body> is created: if it is already right, nothing flashes.
const recordThemeAtFirstParse = () => {
  new MutationObserver((_, observer) => {
    if (document.body) {
      (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
        document.documentElement.dataset['theme'];
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};
const themeAtBody = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody);

test('the theme follows the system before the first paint', async ({ page }) => {
  await page.addInitScript(recordThemeAtFirstParse);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await themeAtBody(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  expect(await themeAtBody(page)).toBe('light');
});

test('the dark-mode toggle persists across reloads and pages, without a flash', async ({ page }) => {
  await page.addInitScript(recordThemeAtFirstParse);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(course.lesson1.path);
  const toggle = page.getByRole('button', { name: 'Donker thema' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // The icon shows the theme the button switches to: a moon in the light theme, a sun in the dark one.
  await expect(toggle.locator('[data-icon="moon"]')).toBeVisible();
  await expect(toggle.locator('[data-icon="sun"]')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle.locator('[data-icon="sun"]')).toBeVisible();
  await expect(toggle.locator('[data-icon="moon"]')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(darkBackground).toBe('rgb(21, 23, 26)');

  await page.reload();
  expect(await themeAtBody(page)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Donker thema' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/begrippen/');
  expect(await themeAtBody(page)).toBe('dark');
  await page.getByRole('button', { name: 'Donker thema' }).click();
  await page.reload();
  expect(await themeAtBody(page)).toBe('light');
});

test('the page still works when storage is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Donker thema' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
});

test('printing a lesson leaves out navigation and controls', async ({ page }) => {
  await page.goto(course.lesson1.path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Andere lessen' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#in-het-kort')).toBeVisible();
});
