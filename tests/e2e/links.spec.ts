import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

// Reads the built HTML directly (no browser): every internal link, asset and anchor must exist.
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function check(dist: string, base: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
    return ids.get(file) ?? new Set<string>();
  };
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8').replace(/<template>[\s\S]*?<\/template>/g, (t) =>
      t.replace(/<script[\s\S]*?<\/script>/g, ''),
    );
    const pagePath = `/${posix
      .relative(dist, file)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/')}`;
    for (const [, attr, url] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      if (!url || /^(https?:|mailto:|tel:|data:)/.test(url) || url.includes('{{')) continue;
      const resolved = new URL(url, `http://site${base === '/' ? '' : base.slice(0, -1)}${pagePath}`);
      if (!resolved.pathname.startsWith(base)) {
        problems.push(`${file}: ${attr}="${url}" leaves the base path ${base}`);
        continue;
      }
      const rel = decodeURIComponent(resolved.pathname.slice(base.length));
      const target = [join(dist, rel), join(dist, rel, 'index.html')].find(
        (p) => existsSync(p) && statSync(p).isFile(),
      );
      if (!target) {
        problems.push(`${file}: ${attr}="${url}" points to a missing file`);
        continue;
      }
      const hash = decodeURIComponent(resolved.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash))
        problems.push(`${file}: ${url} points to a missing anchor`);
    }
  }
  return problems;
}

test('no broken internal links or anchors in the built site', () => {
  expect(check('dist', '/')).toEqual([]);
});

test('no broken links or anchors when built under the base path /cursus/', () => {
  expect(check('dist-cursus', '/cursus/')).toEqual([]);
});

test('no page refers to another host for scripts, styles, fonts or images', () => {
  for (const file of [...htmlFiles('dist'), ...htmlFiles('dist-cursus')]) {
    const html = readFileSync(file, 'utf8');
    const external = [...html.matchAll(/<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="canonical"/.test(tag));
    expect(external, file).toEqual([]);
  }
});
