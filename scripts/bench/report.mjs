// bench/report.md: the figures of bench/report.json as readable tables.
import { kb } from './weigh.mjs';

/** @param {string[]} head @param {(string | number)[][]} rows */
const table = (head, rows) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

const bytes = (/** @type {{ raw: number, gzip: number }} */ b) => (b.raw ? `${kb(b.raw)} / ${kb(b.gzip)}` : '–');
const ms = (/** @type {number} */ n) => `${Math.round(n).toLocaleString('en')} ms`;
const skipped = '_Skipped (BENCH_SKIP)._';

/** @param {any} report the object written to bench/report.json */
export function renderReport(report) {
  const { machine, settings } = report;
  const out = [
    '# Benchmark',
    '',
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${machine.date.slice(0, 10)} at commit ${machine.commit.slice(0, 10)}` +
      `${machine.uncommittedChanges ? ' with uncommitted changes' : ''}. Each figure is the median of ${settings.runs} run(s)` +
      `${settings.buildRuns === settings.runs ? '' : ` (${settings.buildRuns} for the generated courses)`}. KB = 1024 bytes.`,
    '',
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['OS', machine.os],
        ['CPU', `${machine.cpu}, ${machine.cpus} cores`],
        ['Memory', `${machine.memoryGiB} GiB`],
        ['Node', machine.node],
        ['Chromium', machine.chromium || '–'],
      ],
    ),
    '',
    '## Budgets',
    '',
    'From `bench/budgets.json`, for the pages measured below; `npm test` checks them on every page (`tests/e2e/budgets.spec.ts`).',
    '',
  ];
  if (report.pages) {
    const rows = report.pages.flatMap((/** @type {any} */ p) =>
      p.budgets.map((/** @type {any} */ c) => {
        const size = c.figure !== 'Requests to other hosts';
        return [
          `${p.type} \`${p.path}\``,
          size ? `${c.figure} (gzip)` : c.figure,
          size ? `${kb(c.value)} KB` : c.value,
          size ? `${c.budget / 1024} KB` : c.budget,
          c.ok ? '✓' : '✗',
        ];
      }),
    );
    out.push(table(['Page', 'Figure', 'Measured', 'Budget', ''], rows));
  } else out.push(skipped);

  out.push(
    '',
    '## Page weight',
    '',
    'Everything a first-time visitor downloads, until `load` and an idle network, in Chromium with Playwright’s ' +
      'Moto G4 profile and an empty cache. Service workers are blocked, so the offline precache (which a real ' +
      'visitor downloads after the page has loaded) is not counted. Where a type has many pages, the largest HTML ' +
      'file stands for it. Each cell: raw / gzip KB (gzip level 9, computed from the bodies; the site is served by nginx with its `_nginx.conf`, as deployed). ' +
      'Pagefind counts as search, apart from the page: only /zoeken/ loads it with the page, elsewhere it loads on demand.',
    '',
  );
  if (report.pages) {
    out.push(
      table(
        ['Page', 'Path', 'HTML', 'CSS', 'JS', 'Fonts', 'Images', 'Other', 'Search', 'Total', 'Requests'],
        report.pages.map((/** @type {any} */ { type, path, weight: w }) => [
          type,
          `\`${path}\``,
          bytes(w.html),
          bytes(w.css),
          bytes(w.js),
          bytes(w.font),
          bytes(w.image),
          bytes(w.other),
          bytes(w.search),
          bytes(w.total),
          w.total.requests,
        ]),
      ),
    );
  } else out.push(skipped);

  out.push('', '## Lighthouse', '');
  if (report.lighthouse) {
    const [first] = report.lighthouse;
    out.push(
      `Lighthouse ${first.version}, default settings (${first.formFactor}, throttling: ${first.throttling}), ` +
        'headless Chromium; scores out of 100. Service workers are not blocked here: Lighthouse sees what a first visit sees.',
      '',
      table(
        ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
        report.lighthouse.map((/** @type {any} */ l) => [
          `${l.type} \`${l.path}\``,
          l.performance,
          l.accessibility,
          l.bestPractices,
          l.seo,
          ms(l.lcpMs),
          ms(l.tbtMs),
          l.cls.toFixed(3),
        ]),
      ),
    );
    const warnings = [...new Set(report.lighthouse.flatMap((/** @type {any} */ l) => l.warnings))];
    if (warnings.length) out.push('', 'Lighthouse warned:', '', ...warnings.map((w) => `- ${w}`));
  } else out.push(skipped);

  out.push(
    '',
    '## Search',
    '',
    'Bytes downloaded from the first key press until the results are in, and the time from that key press to the ' +
      'first result in the page. In the header dialog the first key is "/", which loads Pagefind’s interface; on ' +
      '/zoeken/ the interface came with the page and the first key is the first letter.',
    '',
  );
  if (report.search) {
    out.push(
      table(
        ['Search', 'Page', 'Query', 'Downloaded (raw / gzip KB)', 'Requests', 'Results', 'First result after'],
        report.search.map((/** @type {any} */ s) => [
          s.scenario,
          `\`${s.path}\``,
          s.query,
          bytes(s),
          s.requests,
          s.results,
          ms(s.ms),
        ]),
      ),
    );
  } else out.push(skipped);

  out.push('', '## Build', '');
  if (report.build) {
    out.push(
      '`astro build --force` (as `npm run build`) of the real course and of generated courses: the real modules, ' +
        `glossary, sources and pages with copies of one lesson (\`${report.build.template}\`, with its quiz and ` +
        'reflections) spread over the modules. Peak memory is the largest process’s resident set (GNU time).',
      '',
      table(
        ['Course', 'Lessons', 'Pages', 'Runs', 'Build time', 'Per lesson', 'Peak memory'],
        report.build.courses.map((/** @type {any} */ c) => [
          c.course,
          c.lessons,
          c.pages,
          c.runs,
          `${(c.ms / 1000).toFixed(1)} s`,
          ms(c.msPerLesson),
          c.peakMB === null ? '–' : `${Math.round(c.peakMB)} MB`,
        ]),
      ),
    );
  } else out.push(skipped);
  return `${out.join('\n')}\n`;
}
