// How every tool here launches Chromium: the tests (playwright.config.ts), the screenshots and the benchmark.
import { existsSync } from 'node:fs';

/**
 * Machines without network cannot download Playwright's browser: use the system Chromium when present
 * (`.ci/run` installs Debian's), and Playwright's own browser elsewhere.
 */
export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** No sandbox or GPU in containers; the rest keeps Chromium from calling home during a run. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Options for Playwright's `chromium.launch()`. */
export const launchOptions = {
  args: chromiumFlags,
  ...(systemChromium ? { executablePath: systemChromium } : {}),
};
