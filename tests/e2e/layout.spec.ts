import { expect, test } from '@playwright/test';
import { phone, sitemapPaths } from './site';

test.use({ viewport: phone });

test('no page scrolls sideways on a 360 px phone', async ({ page }) => {
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
  }
});
