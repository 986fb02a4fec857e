import { expect, test } from '@playwright/test';
import { course, phone } from './site';

test('a learner goes from the home page to a module, a lesson and the next lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrijp wat er in je brein gebeurt als je opvoedt');
  for (const entry of ['Zelfstudie voor professionals', 'Workshop voor trainers', 'Voor ouders']) {
    await expect(page.getByRole('heading', { name: entry })).toBeVisible();
  }
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: course.module.title }) });
  await expect(card).toContainText(/\d+ lessen · \d+ minuten/);

  await page.getByRole('link', { name: course.module.title }).click();
  await expect(page).toHaveURL(course.module.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.module.title);
  await expect(page.getByRole('heading', { name: 'Na deze module kun je' })).toBeVisible();

  await page.getByRole('link', { name: course.lesson1.title }).click();
  await expect(page).toHaveURL(course.lesson1.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.lesson1.title);
  await expect(page.getByRole('heading', { name: 'Na deze les kun je' })).toBeVisible();
  await expect(page.getByText(/\d+ min\. lezen/)).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  await expect(crumbs.getByRole('link')).toHaveText(['Start', course.module.title, course.lesson1.title]);
  await expect(page.getByRole('heading', { name: 'Bronnen bij deze les' })).toBeVisible();

  const next = page.getByRole('navigation', { name: 'Andere lessen' }).getByRole('link', { name: /Volgende les/ });
  const nextTitle = (await next.locator('.pager__title').textContent()) ?? '';
  await next.click();
  await expect(page).toHaveURL(course.lesson2.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page.getByRole('link', { name: /Vorige les/ })).toHaveAttribute('href', course.lesson1.path);
});

test('the table of contents jumps to a section, and folds away on a phone', async ({ page }) => {
  await page.goto(course.lesson1.path);
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const link = toc.getByRole('link').nth(1);
  await expect(link).toBeVisible();
  const target = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();

  await page.setViewportSize(phone);
  await page.goto(course.lesson1.path);
  await expect(toc.getByRole('link').first()).toBeHidden();
  await toc.getByText('Op deze pagina').click();
  await toc.getByRole('link').nth(1).click();
  await expect(page.locator(target)).toBeInViewport();
});

test('a glossary term explains itself on hover and links to the glossary', async ({ page }) => {
  await page.goto(course.lesson1.path);
  const term = page.locator('.prose a.term').first();
  const tipId = (await term.getAttribute('interestfor')) ?? '';
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/\w{10,}/);
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  const href = (await term.getAttribute('href')) ?? '';
  await term.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('the glossary and the sources list are complete and linkable', async ({ page }) => {
  await page.goto('/begrippen/');
  const terms = await page.locator('dt').allTextContents();
  expect(terms.length).toBeGreaterThan(3);
  expect(terms).toEqual([...terms].sort(new Intl.Collator('nl', { sensitivity: 'base' }).compare));
  await page.goto('/bronnen/');
  await expect(page.locator('.references > li').first()).toContainText(/\(\d{4}\)\./);
  await expect(page.getByRole('link', { name: course.lesson1.title }).first()).toBeVisible();
});

test('help and privacy pages are reachable from every footer', async ({ page }) => {
  await page.goto(course.lesson1.path);
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Hulp nodig?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
  await expect(page.getByText('113', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Gecontroleerd op \d+ \w+ \d{4}/)).toBeVisible();
  await footer.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
});

test('an unknown address shows the Dutch 404 page with search, a way home, to the parent pages and to help', async ({
  page,
}) => {
  const response = await page.goto('/deze-pagina-bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('main').getByRole('link', { name: 'Voor ouders' })).toHaveAttribute('href', '/ouders/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Hulp nodig?' })).toHaveAttribute('href', '/hulp/');
  await page.getByRole('main').getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page).toHaveURL('/');
});
