import { expect, test } from '@playwright/test';
import { presentationPaths } from './site';

// Every slide of every lesson's deck fits its box on a 1080p, a 1280×720 and a 4:3 projector; question slides
// also after their answer is revealed (the longest state of a slide). The decks run in chunks, each with its own
// timeout, so the two workers share them and a slow CI machine has room.
const CHUNKS = 3;
const decks = presentationPaths();
const chunks = Array.from({ length: CHUNKS }, (_, i) => decks.filter((_, n) => n % CHUNKS === i));

test.describe.configure({ mode: 'parallel' });

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  chunks.forEach((chunk, i) => {
    test(`no slide is cut off at ${viewport.width}×${viewport.height}, before or after a reveal (decks part ${i + 1} of ${CHUNKS})`, async ({
      page,
    }) => {
      test.setTimeout(60_000 + chunk.length * 60_000);
      await page.setViewportSize(viewport);
      const cut: string[] = [];
      const measure = () =>
        page.locator('.slide.is-current .slide__inner').evaluate((el) => el.scrollHeight - el.clientHeight);
      for (const path of chunk) {
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
  });
}
