import { createHash } from 'node:crypto';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

/*
 * The HTTP headers the course is served with, in one place. The build writes them for static hosts
 * (`_headers`) and for nginx (`_nginx.conf`) from this module, so the two never drift.
 */

/** Script types the browser executes; other types (Pagefind's result template) are inert text. */
const EXECUTABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

/** Revalidate on every visit: pages, the service worker and Pagefind's unhashed entry files change per build. */
export const REVALIDATE = 'no-cache';
/** Hashed build assets (`_astro/`) never change under the same name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * One pass over a built page: CSP `'sha256-…'` sources for its inline scripts (the theme script before first
 * paint, tiny module scripts Astro inlines), and what the policy would block there (inline styles and inline
 * event handlers).
 */
export function inlineCode(html: string): { scriptHashes: string[]; problems: string[] } {
  const scriptHashes: string[] = [];
  const problems = new Set<string>();
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const { name, attributes, children } = node as ElementNode;
    if (name === 'style') problems.add('<style>-element');
    for (const attribute of Object.keys(attributes)) {
      if (attribute === 'style') problems.add(`style-attribuut op <${name}>`);
      if (/^on[a-z]+$/.test(attribute)) problems.add(`${attribute}-attribuut op <${name}>`);
    }
    const { src, type = '' } = attributes;
    if (name !== 'script' || src !== undefined || !EXECUTABLE_SCRIPT.test(type)) return;
    const text = children.map((child) => ('value' in child ? child.value : '')).join('');
    scriptHashes.push(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  });
  return { scriptHashes, problems: [...problems] };
}

/** Directives a `<meta>` policy cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(['frame-ancestors']);

/**
 * The Content-Security-Policy: only this site's own files, and inline scripts only by hash. `meta: true`
 * gives the same policy for a `<meta http-equiv>` tag, which protects hosts that cannot send headers.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], { meta = false } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...new Set(scriptHashes)].sort(sourceOrder),
    'style-src': ["'self'"],
    // Pagefind's search styles draw their icons as data: SVG images (images cannot run script).
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .filter(([name]) => !(meta && HEADER_ONLY.has(name)))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Keywords first, then hashes in a stable order, so the policy only changes when a script does. */
function sourceOrder(a: string, b: string): number {
  const rank = (s: string) => (s.startsWith("'sha") ? 1 : 0);
  return rank(a) - rank(b) || (rank(a) ? a.localeCompare(b) : 0);
}

/**
 * Features this site never uses are switched off for it and anything it could embed. Fullscreen stays on
 * for presentations; read-aloud (speech synthesis) needs no permission.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'bluetooth=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Every response gets these. */
export function securityHeaders(scriptHashes: readonly string[]): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(scriptHashes)],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
}

interface Site {
  /** The base path the site was built for, with a slash at both ends, e.g. `/` or `/cursus/`. */
  base: string;
  /** Hash sources of every inline script on the site. */
  scriptHashes: readonly string[];
}

/**
 * `_headers` for static hosts that read it (Cloudflare Pages, Netlify). The security headers apply to
 * every path; caching rules are written so that no two patterns set Cache-Control for the same file.
 */
export function headersFile({ base, scriptHashes }: Site): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const revalidate: [string, string][] = [['Cache-Control', REVALIDATE]];
  return [
    '# Generated by the build from src/utils/security.ts; edit that file, not this one. See docs/deploy.md.',
    block(`${base}*`, securityHeaders(scriptHashes)),
    block(base, revalidate),
    block(`${base}*/`, revalidate),
    block(`${base}*.html`, revalidate),
    block(`${base}sw.js`, revalidate),
    block(`${base}pagefind/*`, revalidate),
    block(`${base}manifest.webmanifest`, revalidate),
    block(`${base}_astro/*`, [['Cache-Control', IMMUTABLE]]),
    '',
  ].join('\n');
}

/**
 * An nginx snippet to `include` in a `server` block whose `root` holds the built site (for a base path
 * such as `/cursus/`, the folder that contains `cursus/`). nginx drops inherited `add_header`s in any
 * location that adds its own, so every location repeats the full set.
 */
export function nginxConf({ base, scriptHashes }: Site): string {
  const headers = (cache: string) =>
    [...securityHeaders(scriptHashes), ['Cache-Control', cache]]
      .map(([name, value]) => `    add_header ${name} "${value}" always;`)
      .join('\n');
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `# Generated by the build from src/utils/security.ts; edit that file, not this one. See docs/deploy.md.
# Include inside a server block, e.g.  server { listen 443 ssl; root /srv/brein-en-band; include /srv/brein-en-band${base}_nginx.conf; }

server_tokens off;
absolute_redirect off;
charset utf-8;
index index.html;
error_page 404 ${base}404.html;

gzip on;
gzip_vary on;
gzip_types text/css application/javascript application/json application/manifest+json application/xml image/svg+xml application/wasm text/plain;

location ${base} {
${headers(REVALIDATE)}
}

location ${base}_astro/ {
${headers(IMMUTABLE)}
}

location = ${base}manifest.webmanifest {
    types { }
    default_type application/manifest+json;
${headers(REVALIDATE)}
}

# The deployment files themselves are not part of the site.
location ~ ^${escaped}_(headers|nginx\\.conf)$ {
    return 404;
}
`;
}
