import { expect, test } from '@playwright/test';
import { axeViolations, presentationPaths, sitemapPaths } from './site';

const pages = [...sitemapPaths(), ...presentationPaths(), '/deze-pagina-bestaat-niet/'];

// The pages run in chunks: one browser page per chunk (a new page per path is slow on a small machine), and
// each chunk has its own timeout so the workers share the work and a slow CI machine has room.
const CHUNKS = 6;
const chunks = Array.from({ length: CHUNKS }, (_, i) => pages.filter((_, n) => n % CHUNKS === i));

test.describe.configure({ mode: 'parallel' });

for (const theme of ['light', 'dark'] as const) {
  chunks.forEach((chunk, i) => {
    test(`every page passes axe (WCAG 2.2 AA) in the ${theme} theme, part ${i + 1} of ${CHUNKS}`, async ({ page }) => {
      test.setTimeout(30_000 + chunk.length * 15_000);
      await page.emulateMedia({ colorScheme: theme });
      for (const path of chunk) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page), `${path} (${theme})`).toEqual([]);
      }
    });
  });
}

test('the search dialog passes axe with results shown', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').locator('input').first().fill('brein');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
