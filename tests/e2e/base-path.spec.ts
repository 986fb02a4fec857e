import { expect, test } from '@playwright/test';
import { course } from './site';

// Runs against the build made with BASE_PATH=/cursus/ (see playwright.config.ts).
test('the course works under the base path /cursus/', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto('/cursus/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: course.module.title }).click();
  await expect(page).toHaveURL(`/cursus${course.module.path}`);
  await page.getByRole('link', { name: course.lesson1.title }).click();
  await expect(page).toHaveURL(`/cursus${course.lesson1.path}`);
  await expect(page.locator('link[rel="stylesheet"], style').first()).toBeAttached();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');

  await page.keyboard.press('/');
  await page.getByRole('dialog').locator('input').first().fill('brein');
  const link = page.getByRole('dialog').locator('.pf-result a').first();
  await expect(link).toHaveAttribute('href', /^\/cursus\//);
  expect(failed).toEqual([]);
});
