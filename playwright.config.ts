import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Machines without network cannot download Playwright's browser: use the system Chromium when present
// (`.ci/run` installs Debian's), and Playwright's own browser elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PORT = 4321;
const BASE_PORT = 4322;
const FIXTURE_PORT = 4323;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: {
      args: chromiumFlags,
      ...(systemChromium ? { executablePath: systemChromium } : {}),
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/base-path\.spec\.ts/, /fixture\//],
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${BASE_PORT}` },
    },
    {
      // Component behaviour on the small fixture course, which has every kind of question and prompt.
      name: 'fixture',
      testMatch: /fixture\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${BASE_PORT}`,
      env: { BASE_PATH: '/cursus/', OUT_DIR: './dist-cursus' },
      url: `http://127.0.0.1:${BASE_PORT}/cursus/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${FIXTURE_PORT}`,
      env: { CONTENT_DIR: 'tests/fixtures/course', OUT_DIR: './dist-fixture' },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
