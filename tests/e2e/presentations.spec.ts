import { expect, test } from '@playwright/test';
import { presentationPaths } from './site';

// Every slide of every lesson's deck fits its box on a 1280×720 projector and on a 4:3 one.
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`no slide of any lesson is cut off at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(400_000);
    await page.setViewportSize(viewport);
    const cut: string[] = [];
    for (const path of presentationPaths()) {
      await page.goto(path);
      const count = await page.locator('.deck__slides > .slide').count();
      for (let n = 1; n <= count; n++) {
        await page.evaluate((n) => (location.hash = `#dia-${n}`), n);
        const overflow = await page
          .locator('.slide.is-current .slide__inner')
          .evaluate((el) => el.scrollHeight - el.clientHeight);
        if (overflow > 1) cut.push(`${path}#dia-${n}: ${overflow}px`);
      }
    }
    expect(cut).toEqual([]);
  });
}
