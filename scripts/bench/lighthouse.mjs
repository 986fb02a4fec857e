// Lighthouse with its default configuration: a mobile phone with simulated throttling (slow 4G, 4x slower CPU).
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launchOptions } from '../chromium.mjs';
import { log, median } from './util.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse `runs` times on each page, each time in a new browser so no run sees another's storage,
 * and returns the median scores (0–100) and metrics.
 * @param {string} origin
 * @param {{ type: string, path: string }[]} pages
 * @param {number} runs
 * @param {number} debugPort where Lighthouse reaches the browser
 */
export async function measureLighthouse(origin, pages, runs, debugPort) {
  const results = [];
  for (const { type, path } of pages) {
    const samples = [];
    for (let run = 0, failures = 0; run < runs; run++) {
      const browser = await chromium.launch({
        ...launchOptions,
        args: [...launchOptions.args, `--remote-debugging-port=${debugPort}`],
      });
      try {
        const result = await lighthouse(origin + path, {
          port: debugPort,
          logLevel: 'error',
          onlyCategories: categories,
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          // Tracing now and then fails to start (NO_NAVSTART); Lighthouse itself says to run again.
          const message = `Lighthouse failed on ${path}: ${lhr?.runtimeError?.message}`;
          if (++failures > 3) throw new Error(message);
          log(`${message} Trying again.`);
          run--;
          continue;
        }
        const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          version: lhr.lighthouseVersion,
          formFactor: lhr.configSettings.formFactor,
          throttling: lhr.configSettings.throttlingMethod,
          warnings: lhr.runWarnings,
        });
      } finally {
        await browser.close();
      }
    }
    const result = { type, path, ...median(samples) };
    results.push(result);
    log(`Lighthouse ${type}: ${result.performance}/${result.accessibility}/${result.bestPractices}/${result.seo}`);
  }
  return results;
}
