import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every page the built site lists in its sitemap, e.g. `/begrippen/`. */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
  );
  if (urls.length === 0) throw new Error(`No pages in the sitemap of ${dist}: run the build first.`);
  return urls.map((u) => new URL(u).pathname).sort();
}

/** The course's first module and its first two lessons, as the tests walk through them. */
export const course = {
  module: { path: '/het-ouderlijk-brein/', title: 'Het ouderlijk brein' },
  lesson1: { path: '/het-ouderlijk-brein/opvoeden-gebeurt-in-je-brein/', title: 'Opvoeden gebeurt in je brein' },
  lesson2: { path: '/het-ouderlijk-brein/liefde-en-zelfbescherming/' },
};

export const phone = { width: 360, height: 740 };

/** Presentation pages are left out of the sitemap (their canonical URL is the lesson); the build has one per lesson. */
export function presentationPaths(dist = 'dist'): string[] {
  const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('/presentatie/index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
  if (paths.length === 0) throw new Error(`No presentations in ${dist}: run the build first.`);
  return paths;
}

/** Lesson pages, found through their presentations: every lesson has exactly one. */
export function lessonPaths(dist = 'dist'): string[] {
  return presentationPaths(dist).map((p) => p.replace(/presentatie\/$/, ''));
}

/** axe with the WCAG 2.2 AA rule set; returns "rule: targets" for each violation (empty when the page passes). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Prints the page to PDF as the browser's print dialog would (A4 unless the page names its own size) and
 * reads it back with poppler's pdfinfo and pdftotext: page count, orientation of the first page, and text.
 */
export async function printToPdf(page: Page, options: { preferCSSPageSize?: boolean } = {}) {
  const file = test.info().outputPath('print.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, ...options }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, width = 0, height = 0] = (info.match(/Page size:\s+([\d.]+) x ([\d.]+)/) ?? []).map(Number);
  return {
    pages: Number(info.match(/^Pages:\s+(\d+)$/m)?.[1]),
    orientation: width < height ? 'portrait' : 'landscape',
    text: () => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}
