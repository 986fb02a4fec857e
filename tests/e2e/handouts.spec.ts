import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { sitemapPaths } from './site';

const handouts = sitemapPaths().filter((p) => p.endsWith('/folder/'));

test('every lesson handout prints on one A4 page, however long its title, messages and address', async ({ page }) => {
  test.setTimeout(20_000 + handouts.length * 3_000);
  expect(handouts.length).toBeGreaterThan(0);
  const pages: Record<string, number> = {};
  for (const path of handouts) {
    await page.goto(path);
    const file = test.info().outputPath('handout.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    pages[path] = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)$/m)?.[1]);
  }
  expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
});
