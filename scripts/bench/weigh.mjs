// Page weight as both the benchmark and the budget test count it: every request of a page load, by kind,
// in raw and gzip bytes. Shared so `npm run bench` and tests/e2e/budgets.spec.ts cannot drift apart.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** @type {{ lessonJavaScriptKB: number, cssKB: number, lessonHtmlKB: number, otherHostRequests: number }} */
export const budgets = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8'));

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'search' | 'other'} Kind */
/** @typedef {{ raw: number, gzip: number, requests: number }} Bytes */
/** @typedef {Record<Kind | 'total', Bytes> & { otherHosts: string[] }} Weight */

/** Pagefind loads only when someone searches, so its files count as `search`, apart from the page. */
const isPagefind = (/** @type {string} */ url) => new URL(url).pathname.includes('/pagefind/');

/**
 * @param {string} url
 * @param {string} resourceType Playwright's request.resourceType()
 * @param {string} contentType
 * @returns {Kind}
 */
function kindOf(url, resourceType, contentType) {
  if (isPagefind(url)) return 'search';
  if (resourceType === 'document' || contentType.startsWith('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'js';
  if (resourceType === 'font' || /^font\/|woff/.test(contentType)) return 'font';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Collects every request a page (or a whole context) makes from now on, including ones that fail.
 * @param {import('@playwright/test').Page | import('@playwright/test').BrowserContext} target
 */
export function recordRequests(target) {
  /** @type {import('@playwright/test').Request[]} */
  const requests = [];
  target.on('request', (request) => requests.push(request));
  return requests;
}

/**
 * Sums recorded requests by kind. Requests to any origin other than `origin` are listed in `otherHosts`.
 * @param {import('@playwright/test').Request[]} requests
 * @param {string} origin e.g. http://127.0.0.1:4321
 * @returns {Promise<Weight>}
 */
export async function weigh(requests, origin) {
  const empty = () => ({ raw: 0, gzip: 0, requests: 0 });
  /** @type {Weight} */
  const weight = {
    html: empty(),
    css: empty(),
    js: empty(),
    font: empty(),
    image: empty(),
    search: empty(),
    other: empty(),
    total: empty(),
    otherHosts: [],
  };
  for (const request of requests) {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) continue;
    if (new URL(url).origin !== origin) weight.otherHosts.push(url);
    const response = await request.response();
    // Redirects and failed requests have no body; they still count as requests.
    const body = await response?.body().catch(() => undefined);
    const kind = kindOf(url, request.resourceType(), response?.headers()['content-type'] ?? '');
    for (const bytes of [weight[kind], weight.total]) {
      bytes.requests += 1;
      bytes.raw += body?.length ?? 0;
      bytes.gzip += body ? gzipSync(body, { level: 9 }).length : 0;
    }
  }
  return weight;
}

export const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

/**
 * The budgets that apply to a page and whether it keeps them: JavaScript and HTML on lessons, CSS and
 * other hosts on every page. Pagefind is not part of the page (see `isPagefind`).
 * @param {Weight} weight
 * @param {{ lesson: boolean }} page
 */
export function budgetChecks(weight, { lesson }) {
  const gzip = (/** @type {string} */ figure, /** @type {Bytes} */ bytes, /** @type {number} */ budgetKB) => ({
    figure,
    value: bytes.gzip,
    budget: budgetKB * 1024,
    text: `${figure} ${kb(bytes.gzip)} KB gzip > budget ${budgetKB} KB`,
  });
  const checks = [
    ...(lesson
      ? [gzip('JavaScript', weight.js, budgets.lessonJavaScriptKB), gzip('HTML', weight.html, budgets.lessonHtmlKB)]
      : []),
    gzip('CSS', weight.css, budgets.cssKB),
    {
      figure: 'Requests to other hosts',
      value: weight.otherHosts.length,
      budget: budgets.otherHostRequests,
      text: `${weight.otherHosts.length} requests to other hosts > budget ${budgets.otherHostRequests}: ${weight.otherHosts.join(', ')}`,
    },
  ];
  return checks.map((check) => ({ ...check, ok: check.value <= check.budget }));
}
