import { expect, test } from '@playwright/test';
import { course } from './site';

// The lesson says "zoogdieren"; "zoogdiers" is another plural, not a prefix of it: only Dutch stemming finds it.
const inflected = 'zoogdiers';

test('search opens from the header, loads Pagefind only then, and finds a lesson by stemming', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await page.goto(course.module.path);
  expect(pagefindRequests).toEqual([]);

  await page.getByRole('banner').getByRole('link', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox').or(dialog.getByRole('combobox')).or(dialog.locator('input')).first();
  await expect(input).toBeFocused();
  await input.fill(inflected);
  const result = dialog
    .locator('.pf-result')
    .filter({ has: page.getByRole('link', { name: course.lesson1.title, exact: true }) });
  await expect(result).toBeVisible();
  await expect(result).toContainText(course.module.title);
  expect(pagefindRequests.length).toBeGreaterThan(0);

  await result.getByRole('link', { name: course.lesson1.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(course.lesson1.path));
});

test('the / key opens search', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the search page filters results by module', async ({ page }) => {
  await page.goto('/zoeken/');
  const input = page.getByRole('main').locator('input').first();
  await input.fill('brein');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByText(/Module/)
      .first(),
  ).toBeVisible();
  await expect(page.locator('.bb-result-module').first()).toHaveText(course.module.title);
});
