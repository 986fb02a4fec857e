import { expect, test, type Page } from '@playwright/test';
import { course, presentationPaths, sitemapPaths } from './site';
import { IMMUTABLE, REVALIDATE } from '../../src/utils/security';

// Runs against real nginx with the `_nginx.conf` the build wrote (playwright.config.ts, project "nginx"):
// the site as a clinic would deploy it, with its Content-Security-Policy enforced.
const BASE_PATH_SITE = 'http://127.0.0.1:4325/cursus/';
const pages = [...sitemapPaths(), ...presentationPaths()];

/** Collects console errors, uncaught exceptions and CSP violations (also reported as events) of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
  page.on('console', (m) => m.type() === 'error' && problems.push(`${new URL(page.url()).pathname}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${new URL(page.url()).pathname}: ${e.message}`));
  return problems;
}

test('every page loads under the Content-Security-Policy without a violation or console error', async ({ page }) => {
  test.setTimeout(20_000 + pages.length * 3_000);
  const problems = watch(page);
  for (const path of pages) {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
  }
  expect(problems).toEqual([]);

  // The 404 page itself: Chromium logs the status as an error; nothing else may be wrong.
  const missing = await page.goto('/deze-pagina-bestaat-niet/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('the interactive parts work under the policy: theme, search, quiz, reflection, deck, parent view', async ({
  context,
  page,
}) => {
  const problems = watch(page);
  await page.goto(course.lesson1.path);
  await page
    .getByRole('button', { name: /donker|licht/i })
    .first()
    .click();

  // Search: Pagefind's script, styles and WebAssembly, all loaded on demand.
  await page.keyboard.press('/');
  await page.getByRole('dialog').locator('input').first().fill('hechting');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // A quiz answer and a reflection, saved on the device.
  const quiz = page.locator('bb-quiz').first();
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Controleer' }).first().click();
  await expect(quiz.locator('[role="status"]').first()).not.toBeEmpty();
  const field = page.locator('bb-reflection textarea').first();
  await field.fill('Vandaag even rustig ademgehaald.');
  await page.reload();
  await expect(page.locator('bb-reflection textarea').first()).toHaveValue('Vandaag even rustig ademgehaald.');

  // The presentation and its presenter window.
  await page.goto(`${course.lesson1.path}presentatie/`);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#dia-2$/);
  const presenterOpened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await presenterOpened;
  const presenterProblems = watch(presenter);
  await presenter.waitForLoadState();
  await expect(presenter.getByText(/Verstreken: \d+:\d\d/)).toBeVisible();
  await presenter.close();

  // The parent view: text size, and the handout with its QR code.
  const lesson = course.lesson1.path.split('/').at(-2);
  await page.goto(`/ouders/${lesson}/`);
  await page
    .getByRole('button', { name: /groter/i })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', /^(groot|groter)$/);
  await page.goto(`/ouders/${lesson}/folder/`);
  await expect(page.locator('.handout__qr svg')).toBeVisible();

  expect([...problems, ...presenterProblems]).toEqual([]);
});

test('nginx sends the security headers on every response and caches only hashed assets for good', async ({
  page,
  request,
}) => {
  await page.goto(course.lesson1.path);
  const script = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
  const style = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute('href');
  const cases: [path: string, status: number, cacheControl: string][] = [
    ['/', 200, REVALIDATE],
    [course.lesson1.path, 200, REVALIDATE],
    ['/deze-pagina-bestaat-niet/', 404, REVALIDATE],
    ['/sw.js', 200, REVALIDATE],
    ['/pagefind/pagefind-entry.json', 200, REVALIDATE],
    ['/manifest.webmanifest', 200, REVALIDATE],
    [script!, 200, IMMUTABLE],
    [style!, 200, IMMUTABLE],
  ];
  for (const [path, status, cacheControl] of cases) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(response.status(), path).toBe(status);
    expect(headers['cache-control'], path).toBe(cacheControl);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/);
    expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['permissions-policy'], path).toContain('fullscreen=(self)');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  // Every page carries the same policy as a <meta>, for hosts that cannot send headers.
  const lesson = await request.get(course.lesson1.path);
  const meta = (await lesson.text()).match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  expect(meta).toBe(lesson.headers()['content-security-policy']?.replace("; frame-ancestors 'none'", ''));
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');
  expect((await request.get('/pagefind/pagefind.js')).headers()['content-type']).toMatch(/javascript/);
  // The deployment files are not served.
  expect((await request.get('/_nginx.conf')).status()).toBe(404);
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('the policy also holds under a base path (/cursus/)', async ({ page, request }) => {
  const problems = watch(page);
  for (const path of ['', 'begrippen/', course.lesson1.path.slice(1), `${course.lesson1.path.slice(1)}presentatie/`]) {
    const response = await page.goto(BASE_PATH_SITE + path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
  }
  await page.goto(BASE_PATH_SITE);
  await page.keyboard.press('/');
  await page.getByRole('dialog').locator('input').first().fill('brein');
  await expect(page.locator('.pf-result a').first()).toHaveAttribute('href', /^\/cursus\//);
  const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect((await request.get(`http://127.0.0.1:4325${asset}`)).headers()['cache-control']).toBe(IMMUTABLE);
  expect((await request.get(`${BASE_PATH_SITE}bestaat-niet/`)).status()).toBe(404);
  expect(problems).toEqual([]);
});
