import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineCode, nginxConf } from '~/utils/security';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineCode', () => {
  it('hashes the exact text of inline scripts, and only scripts the browser runs', () => {
    const html = `<head><script>let a = 1 < 2;</script><script type="module">go()</script>
      <script src="/x.js"></script><script type="text/pagefind-template"><b>{{ title }}</b></script></head>`;
    expect(inlineCode(html).scriptHashes).toEqual([sha('let a = 1 < 2;'), sha('go()')]);
  });
  it('names inline styles and event handlers, which the policy blocks', () => {
    const html = `<style>p{}</style><p style="color:red">x</p><img src="a.png" onerror="go()">`;
    expect(inlineCode(html).problems).toEqual([
      '<style>-element',
      'style-attribuut op <p>',
      'onerror-attribuut op <img>',
    ]);
  });
  it('finds nothing in a clean page, even with markup inside a template script', () => {
    expect(inlineCode('<p class="a">x</p><script type="text/x-template"><p style="x"></p></script>').problems).toEqual(
      [],
    );
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and by hash, never inline or eval', () => {
    const csp = contentSecurityPolicy([sha('b'), sha('a'), sha('b')]);
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-\S+' 'sha256-\S+'; /);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // A <meta> policy cannot carry frame-ancestors; the rest is the same.
    expect(contentSecurityPolicy([sha('a'), sha('b')], { meta: true })).toBe(
      csp.replace("; frame-ancestors 'none'", ''),
    );
    // The same scripts give the same policy, whatever order the pages were read in.
    expect(contentSecurityPolicy([sha('a'), sha('b')])).toBe(csp);
  });
});

describe('header files', () => {
  const site = { base: '/cursus/', scriptHashes: [sha('a')] };

  it('_headers: security headers on every path, one Cache-Control rule per kind of file', () => {
    const file = headersFile(site);
    expect(file).toContain('/cursus/*\n  Content-Security-Policy: ');
    expect(file).toContain('/cursus/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/cursus/sw.js\n  Cache-Control: no-cache');
    expect(file.match(/Cache-Control/g)).toHaveLength(7);
  });

  it('nginx: every location repeats the full set, because nginx does not inherit add_header', () => {
    const conf = nginxConf(site);
    const locations = conf.split(/\nlocation /).slice(1);
    const withHeaders = locations.filter((l) => l.includes('add_header'));
    expect(withHeaders).toHaveLength(3);
    for (const location of withHeaders) {
      expect(location.match(/add_header/g)).toHaveLength(8);
      expect(location).toContain(
        `add_header Content-Security-Policy "${contentSecurityPolicy(site.scriptHashes)}" always;`,
      );
    }
    expect(conf).toContain('error_page 404 /cursus/404.html;');
    expect(conf).toContain('location ~ ^/cursus/_(headers|nginx\\.conf)$');
  });
});
