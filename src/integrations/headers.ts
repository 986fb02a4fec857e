import type { AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, headersFile, inlineCode, nginxConf } from '../utils/security';

/** The policy goes right after this tag, before any script it governs. */
const CHARSET = '<meta charset="utf-8">';

/**
 * Hashes every inline script of the built site in `site` for the Content-Security-Policy and writes `_headers`
 * and `_nginx.conf` next to it, so the policy always matches the pages it ships with; puts the policy in every
 * page as a `<meta>` too. Fails the build when a page has inline styles or event handlers, which the policy
 * would silently block. `base` is the site's base path with a trailing slash.
 */
export function writeHeaders(site: string, base: string, logger: AstroIntegrationLogger): void {
  const hashes = new Set<string>();
  const problems: string[] = [];
  const pages = new Map(
    readdirSync(site, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((page) => [page, readFileSync(join(site, page), 'utf8')]),
  );
  for (const [page, html] of pages) {
    const found = inlineCode(html);
    for (const hash of found.scriptHashes) hashes.add(hash);
    for (const problem of found.problems) problems.push(`${page}: ${problem}`);
  }
  if (problems.length) {
    throw new Error(
      `De Content-Security-Policy blokkeert inline stijl en inline event handlers. Gevonden in:\n${problems.join('\n')}\n` +
        'Gebruik klassen (zie docs/authoring.md, "Diagrams") en scripts in een <script>-blok.',
    );
  }
  const scriptHashes = [...hashes];
  // The same policy in every page, for static hosts that ignore `_headers` (e.g. GitHub Pages, S3).
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptHashes, { meta: true })}">`;
  for (const [page, html] of pages) {
    const charset = html.indexOf(CHARSET);
    if (charset === -1) throw new Error(`${page}: ${CHARSET} ontbreekt; daarna hoort de CSP.`);
    const at = charset + CHARSET.length;
    writeFileSync(join(site, page), html.slice(0, at) + meta + html.slice(at));
  }
  writeFileSync(join(site, '_headers'), headersFile({ base, scriptHashes }));
  writeFileSync(join(site, '_nginx.conf'), nginxConf({ base, scriptHashes }));
  logger.info(`Headers: _headers en _nginx.conf geschreven (${scriptHashes.length} inline scripts met hash)`);
}
