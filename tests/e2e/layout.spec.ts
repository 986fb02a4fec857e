import { expect, test } from '@playwright/test';
import { phone, sitemapPaths } from './site';

test.use({ viewport: phone });

test('no page scrolls sideways on a 360 px phone', async ({ page }) => {
  const paths = sitemapPaths();
  test.setTimeout(10_000 + paths.length * 3_000);
  for (const path of paths) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
  }
});
