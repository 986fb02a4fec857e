import { expect, test } from '@playwright/test';
import { printToPdf, sitemapPaths } from './site';

const handouts = sitemapPaths().filter((p) => p.endsWith('/folder/'));

test('every lesson handout prints on one A4 page, however long its title, messages and address', async ({ page }) => {
  test.setTimeout(20_000 + handouts.length * 6_000);
  expect(handouts.length).toBeGreaterThan(0);
  const pages: Record<string, number> = {};
  for (const path of handouts) {
    await page.goto(path);
    pages[path] = (await printToPdf(page)).pages;
  }
  expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
});
