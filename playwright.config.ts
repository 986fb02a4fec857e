import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

// PORT_BASE lets two checkouts run their tests side by side on one machine.
const PORT = Number(process.env['PORT_BASE'] ?? 4321);
const BASE_PORT = PORT + 1;
const FIXTURE_PORT = PORT + 2;
const NGINX_PORT = PORT + 3;
const NGINX_BASE_PORT = PORT + 4;

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
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/base-path\.spec\.ts/, /security\.spec\.ts/, /fixture\//],
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
    {
      // The built site served by real nginx with the headers file the build wrote, as it is deployed.
      name: 'nginx',
      testMatch: /security\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${NGINX_PORT}` },
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
      // The component tests run under the deployed headers and Content-Security-Policy.
      command: `node scripts/serve-nginx.mjs dist-fixture ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node scripts/serve-nginx.mjs dist ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node scripts/serve-nginx.mjs dist-cursus ${NGINX_BASE_PORT} /cursus/`,
      url: `http://127.0.0.1:${NGINX_BASE_PORT}/cursus/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
