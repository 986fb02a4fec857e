import { expect, test } from '@playwright/test';
import { budgetChecks, recordRequests, weigh } from '../../scripts/bench/weigh.mjs';
import { lessonPaths, presentationPaths, sitemapPaths } from './site';

// The budgets in bench/budgets.json, counted as `npm run bench` counts them: an empty cache and no service
// worker, so every file a first-time visitor downloads is weighed. Each test collects all breaches, then fails
// once, naming every page and figure over budget.
test.use({ serviceWorkers: 'block' });

const lessons = lessonPaths();
const pages = [...sitemapPaths(), ...presentationPaths(), '/deze-pagina-bestaat-niet/'];
const lanes = 3;

/** Visits every path, several at once (a page load is mostly waiting): each lane takes the next path in turn. */
async function visitAll<T>(paths: string[], lanes: T[], visit: (path: string, lane: T) => Promise<void>) {
  const queue = [...paths];
  await Promise.all(
    lanes.map(async (lane) => {
      for (let path = queue.shift(); path; path = queue.shift()) await visit(path, lane);
    }),
  );
}

test('every lesson page keeps the JavaScript, HTML and CSS budgets and loads no Pagefind', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(30_000 + lessons.length * 10_000);
  const origin = new URL(baseURL ?? '').origin;
  const breaches: string[] = [];
  await visitAll(lessons, [...Array(lanes).keys()], async (path) => {
    const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(path);
    // Scripts may import more after `load`; wait until the page is done with the network.
    await page.waitForLoadState('networkidle');
    const weight = await weigh(requests, origin);
    for (const check of budgetChecks(weight, { lesson: true }))
      if (!check.ok) breaches.push(`Lesson ${path}: ${check.text}`);
    if (weight.search.requests) breaches.push(`Lesson ${path}: loads Pagefind before anyone searches`);
    await context.close();
  });
  expect(breaches.sort()).toEqual([]);
});

test('no page requests anything from another host, and every page keeps the CSS budget', async ({
  context,
  baseURL,
}) => {
  test.setTimeout(30_000 + pages.length * 4_000);
  const origin = new URL(baseURL ?? '').origin;
  // One context for speed, without the HTTP cache so that each page counts its own stylesheets.
  const tabs = await Promise.all(
    Array.from({ length: lanes }, async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      return { page, requests: recordRequests(page) };
    }),
  );
  const breaches: string[] = [];
  await visitAll(pages, tabs, async (path, tab) => {
    tab.requests.length = 0;
    await tab.page.goto(path);
    const weight = await weigh(tab.requests, origin);
    for (const check of budgetChecks(weight, { lesson: false }))
      if (!check.ok) breaches.push(`Page ${path}: ${check.text}`);
  });
  expect(breaches.sort()).toEqual([]);
});
