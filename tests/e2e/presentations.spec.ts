import { expect, test } from '@playwright/test';
import { presentationPaths } from './site';

// Every slide of every lesson's deck fits its box on a 1280×720 projector and on a 4:3 one; question slides also
// after their answer is revealed (the longest state of a slide).
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`no slide of any lesson is cut off at ${viewport.width}×${viewport.height}, before or after a reveal`, async ({
    page,
  }) => {
    // Every slide of every deck, twice for questions: generous, because CI machines are slow.
    test.setTimeout(400_000);
    await page.setViewportSize(viewport);
    const cut: string[] = [];
    const measure = () =>
      page.locator('.slide.is-current .slide__inner').evaluate((el) => el.scrollHeight - el.clientHeight);
    for (const path of presentationPaths()) {
      await page.goto(path);
      const count = await page.locator('.deck__slides > .slide').count();
      for (let n = 1; n <= count; n++) {
        await page.evaluate((n) => (location.hash = `#dia-${n}`), n);
        await expect(page.locator(`#dia-${n}`)).toHaveClass(/is-current/);
        const overflow = await measure();
        if (overflow > 1) cut.push(`${path}#dia-${n}: ${overflow}px`);
        if (await page.locator(`#dia-${n} [data-qslide]`).count()) {
          await page.keyboard.press('a');
          await expect(page.locator(`#dia-${n} [data-qslide]`)).toHaveAttribute('data-revealed', '');
          const revealed = await measure();
          if (revealed > 1) cut.push(`${path}#dia-${n} revealed: ${revealed}px`);
        }
      }
    }
    expect(cut).toEqual([]);
  });
}
