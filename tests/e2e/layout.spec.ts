import { expect, test, type Page } from '@playwright/test';
import { axeViolations, course, phone, sitemapPaths } from './site';

test.use({ viewport: phone });

const SIZES = ['normaal', 'groot', 'groter'] as const;

/** Opens pages at a text size chosen earlier on this device, as a returning parent would. */
async function useTextSize(page: Page, size: (typeof SIZES)[number]): Promise<void> {
  await page.addInitScript((s) => localStorage.setItem('bb-text-size', s), size);
}

for (const size of SIZES) {
  test(`no page scrolls sideways on a 360 px phone at text size ${size}, and every header has help`, async ({
    page,
  }) => {
    const paths = sitemapPaths();
    test.setTimeout(20_000 + paths.length * 6_000);
    await useTextSize(page, size);
    for (const path of paths) {
      await page.goto(path);
      const { overflow, help } = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('[role="banner"] a[href$="/hulp/"]');
        const box = link?.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          help: link && box ? { name: link.getAttribute('aria-label'), width: box.width, height: box.height } : null,
        };
      });
      expect(overflow, `${path} is ${overflow}px too wide at ${size}`).toBeLessThanOrEqual(0);
      expect(help?.name, `${path} has the help link in its header`).toBe('Hulp nodig?');
      expect(help?.width ?? 0, `${path}: help link width`).toBeGreaterThanOrEqual(24);
      expect(help?.height ?? 0, `${path}: help link height`).toBeGreaterThanOrEqual(24);
    }
  });
}

test('the text size control is in the header of every kind of page and changes the size', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = [
    '/',
    course.module.path,
    course.lesson1.path,
    '/ouders/',
    '/ouders/opvoeden-gebeurt-in-je-brein/',
    '/ouders/opvoeden-gebeurt-in-je-brein/folder/',
    '/hulp/',
    '/werkboek/',
    '/begrippen/',
    '/bronnen/',
    '/zoeken/',
    '/privacy/',
  ];
  for (const path of pages) {
    await page.goto(path);
    const banner = page.getByRole('banner');
    const toggle = banner.getByRole('button', { name: 'Tekstgrootte' });
    await expect(toggle, path).toBeEnabled();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await banner.getByRole('button', { name: 'Groter' }).click();
    await expect(banner.getByRole('button', { name: 'Groter' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'groter');
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(after, path).toBeGreaterThan(before);
    await banner.getByRole('button', { name: 'Normaal' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normaal');
  }
  // The choice is site-wide and remembered.
  await page.goto('/hulp/');
  await page.getByRole('banner').getByRole('button', { name: 'Tekstgrootte' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Groot', exact: true }).click();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'groot');
});

test.describe('on a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('tapping "Hulp" in the header opens the help page', async ({ page }) => {
    await page.goto(course.lesson1.path);
    const help = page.getByRole('banner').getByRole('link', { name: 'Hulp nodig?' });
    await expect(help).toBeVisible();
    await expect(help).toBeInViewport();
    await help.tap();
    await expect(page).toHaveURL(/\/hulp\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
  });
});

test('every phone number on the help page, the parent pages and a handout is a tap-to-call link', async ({ page }) => {
  const paths = sitemapPaths().filter((p) => p === '/hulp/' || p.startsWith('/ouders/'));
  test.setTimeout(20_000 + paths.length * 4_000);
  expect(paths).toContain('/ouders/opvoeden-gebeurt-in-je-brein/folder/');
  for (const path of paths) {
    await page.goto(path);
    const { plain, calls } = await page.evaluate(() => {
      const numbers = /(?<![\w./-])(112|113|106|102|1712|1813|0800-0113|0800-2000|0800-0432)(?![\w/-]|\.\w)/;
      const plain: string[] = [];
      const root = document.querySelector('main') ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Web addresses such as 113.nl are links of their own; only numbers outside a tel: link count.
        if (node.parentElement?.closest('a')) continue;
        if (numbers.test(text)) plain.push(text.trim());
      }
      const calls = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => ({
        text: a.textContent?.trim() ?? '',
        href: a.getAttribute('href') ?? '',
      }));
      return { plain, calls };
    });
    expect(plain, `${path}: numbers that are not tel: links`).toEqual([]);
    for (const call of calls) expect(call.href, path).toBe(`tel:${call.text.replace(/\D/g, '')}`);
    if (path === '/hulp/' || path.endsWith('/folder/')) {
      expect(calls.map((c) => c.text)).toEqual(
        expect.arrayContaining(['112', '113', '0800-0113', '0800-2000', '0800-0432', '1813', '106', '1712', '102']),
      );
    }
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`a lesson, a parent page and help pass axe at text size Groter in ${theme}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    await useTextSize(page, 'groter');
    for (const path of [course.lesson1.path, '/ouders/opvoeden-gebeurt-in-je-brein/', '/hulp/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'groter');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // With the header's size choices open, as a person who just changed the size sees it.
      await page.getByRole('banner').getByRole('button', { name: 'Tekstgrootte' }).click();
      expect(await axeViolations(page), `${path} in ${theme}`).toEqual([]);
    }
  });
}
