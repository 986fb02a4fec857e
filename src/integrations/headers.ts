import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFile, inlineCodeProblems, inlineScriptHashes, nginxConf } from '../lib/security';

/**
 * After the build: hashes every inline script for the Content-Security-Policy and writes `_headers` and
 * `_nginx.conf` next to the site, so the policy always matches the pages it ships with; puts the policy in
 * every page as a `<meta>` too. Runs before the service worker is generated, which precaches pages. Fails the build
 * when a page has inline styles or event handlers, which the policy would silently block.
 */
export default function headersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'brein-en-band:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const hashes = new Set<string>();
        const problems: string[] = [];
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const html = readFileSync(join(site, page), 'utf8');
          for (const hash of inlineScriptHashes(html)) hashes.add(hash);
          for (const problem of inlineCodeProblems(html)) problems.push(`${page}: ${problem}`);
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
        for (const page of pages) {
          const file = join(site, page);
          const html = readFileSync(file, 'utf8');
          const charset = html.indexOf('<meta charset="utf-8">');
          if (charset === -1) throw new Error(`${page}: <meta charset="utf-8"> ontbreekt; daarna hoort de CSP.`);
          const at = charset + '<meta charset="utf-8">'.length;
          writeFileSync(file, html.slice(0, at) + meta + html.slice(at));
        }
        writeFileSync(join(site, '_headers'), headersFile({ base, scriptHashes }));
        writeFileSync(join(site, '_nginx.conf'), nginxConf({ base, scriptHashes }));
        logger.info(`Headers: _headers en _nginx.conf geschreven (${scriptHashes.length} inline scripts met hash)`);
      },
    },
  };
}
