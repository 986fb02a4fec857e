import { expect, test } from '@playwright/test';
import { axeViolations, presentationPaths, sitemapPaths } from './site';

const pages = [...sitemapPaths(), ...presentationPaths(), '/deze-pagina-bestaat-niet/'];

for (const theme of ['light', 'dark'] as const) {
  test(`every page passes axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(20_000 + pages.length * 4_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page), `${path} (${theme})`).toEqual([]);
    }
  });
}

test('the search dialog passes axe with results shown', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').locator('input').first().fill('brein');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
