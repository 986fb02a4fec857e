// `npm run bench`: page weight, Lighthouse, search and build scaling of the course, written to bench/report.md
// and bench/report.json. Settings (environment):
//   BENCH_RUNS        runs per figure, the median is reported (default 3)
//   BENCH_BUILD_RUNS  runs per generated course build (default BENCH_RUNS)
//   BENCH_SIZES       lesson counts of the generated courses (default 100,500,1000)
//   BENCH_SKIP        parts to leave out while developing: pages,lighthouse,search,build
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { generateCourse, lessonFiles, pageCount, root, templateLesson, timedBuild } from './bench/build.mjs';
import { launchOptions } from './chromium.mjs';
import { contentCacheDir } from './content-cache.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { log, median } from './bench/util.mjs';
import { measurePages, measureSearch, samplePages } from './bench/pages.mjs';
import { renderReport } from './bench/report.mjs';
import { budgets } from './bench/weigh.mjs';

const positive = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1.`);
  return value;
};
const runs = positive('BENCH_RUNS', '3');
const buildRuns = positive('BENCH_BUILD_RUNS', String(runs));
const sizes = (process.env['BENCH_SIZES'] ?? '100,500,1000')
  .split(',')
  .filter(Boolean)
  .map((s) => positive('BENCH_SIZES', s));
const parts = ['pages', 'lighthouse', 'search', 'build'];
const skip = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter(Boolean));
for (const part of skip) if (!parts.includes(part)) throw new Error(`BENCH_SKIP: unknown part "${part}" (${parts})`);
// Ports 4340–4349 stay clear of the tests' preview servers.
const port = 4340;
const debugPort = 4341;
const origin = `http://127.0.0.1:${port}`;

/** Builds `runs` times and returns the median time and peak memory, with ms per lesson. */
async function benchBuild(
  /** @type {string} */ course,
  /** @type {string} */ contentDir,
  /** @type {string} */ outDir,
  /** @type {number} */ count,
) {
  const lessons = lessonFiles(contentDir).length;
  const samples = [];
  for (let run = 1; run <= count; run++) {
    log(`build ${course} (${lessons} lessons), run ${run}/${count}`);
    samples.push(await timedBuild(contentDir, outDir));
  }
  const { ms, peakMB } = median(samples);
  log(
    `build ${course}: ${(ms / 1000).toFixed(1)} s, ${(ms / lessons).toFixed(0)} ms per lesson, peak ${peakMB === null ? '?' : peakMB.toFixed(0)} MB`,
  );
  return { course, lessons, pages: pageCount(outDir), runs: count, ms, msPerLesson: ms / lessons, peakMB };
}

const answers = () =>
  fetch(`${origin}/`).then(
    (r) => r.ok,
    () => false,
  );

/** The built site served as deployed: nginx with the build's own `_nginx.conf` (gzip, headers). Stop with `stop()`. */
async function serve(/** @type {string} */ outDir) {
  if (await answers()) throw new Error(`Port ${port} is taken: stop what runs there (an earlier bench?) first.`);
  const child = spawn(process.execPath, [join(root, 'scripts/serve-nginx.mjs'), outDir, String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    child.kill();
    await exited;
  };
  for (let tries = 0; !(await answers()); tries++) {
    if (tries > 100 || child.exitCode !== null) {
      await stop();
      throw new Error(`nginx did not start on port ${port} (is it installed? see docs/deploy.md)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { stop };
}

const git = (/** @type {string[]} */ args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
function uncommitted() {
  try {
    git(['diff', '--quiet', 'HEAD']);
    return false;
  } catch {
    return true;
  }
}

const report = {
  machine: {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: '',
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    uncommittedChanges: uncommitted(),
  },
  settings: { runs, buildRuns, sizes, skipped: [...skip], budgets },
  /** @type {Awaited<ReturnType<typeof measurePages>> | null} */
  pages: null,
  /** @type {Awaited<ReturnType<typeof measureLighthouse>> | null} */
  lighthouse: null,
  /** @type {Awaited<ReturnType<typeof measureSearch>> | null} */
  search: null,
  /** @type {{ template: string | null, courses: Awaited<ReturnType<typeof benchBuild>>[] } | null} */
  build: null,
};
const { machine } = report;
log(`${machine.cpu}, ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}; ${runs} run(s) per figure`);

// Every build reads a copy of its content: each content folder has its own Astro cache, so the benchmark
// never shares one with a build running in the checkout.
const work = mkdtempSync(join(os.tmpdir(), 'bb-bench-'));
/** @type {string[]} */
const contentDirs = [];
const cleanUp = () => {
  rmSync(work, { recursive: true, force: true });
  for (const dir of contentDirs) rmSync(contentCacheDir(dir), { recursive: true, force: true });
};
// A full run takes a while; leave nothing behind when it is interrupted.
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  const realContent = join(work, 'course/content');
  const realOut = join(work, 'course/dist');
  cpSync(join(root, 'content'), realContent, { recursive: true });
  contentDirs.push(realContent);
  const courses = [];
  if (skip.has('build')) {
    log('build the course');
    await timedBuild(realContent, realOut);
  } else courses.push(await benchBuild('real course', realContent, realOut, runs));

  if (!['pages', 'lighthouse', 'search'].every((part) => skip.has(part))) {
    const sample = samplePages(realOut);
    const browser = await chromium.launch(launchOptions);
    machine.chromium = browser.version();
    try {
      const server = await serve(realOut);
      try {
        if (!skip.has('pages')) {
          log('page weight');
          report.pages = await measurePages(browser, origin, sample, runs);
        }
        if (!skip.has('search')) {
          log('search');
          const lesson = sample.find((p) => p.type === 'lesson')?.path ?? '/';
          report.search = await measureSearch(browser, origin, lesson, runs);
        }
        if (!skip.has('lighthouse')) {
          log('Lighthouse');
          report.lighthouse = await measureLighthouse(origin, sample, runs, debugPort);
        }
      } finally {
        await server.stop();
      }
    } finally {
      await browser.close();
    }
  }

  if (!skip.has('build')) {
    const template = templateLesson(realContent);
    for (const size of sizes) {
      const dir = join(work, `generated-${size}`);
      const content = join(dir, 'content');
      contentDirs.push(content);
      generateCourse(realContent, content, size, template.text);
      courses.push(await benchBuild('generated', content, join(dir, 'dist'), buildRuns));
      rmSync(dir, { recursive: true, force: true });
    }
    report.build = { template: template.file, courses };
  }
} finally {
  cleanUp();
}

const benchDir = join(root, 'bench');
mkdirSync(benchDir, { recursive: true });
writeFileSync(join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(benchDir, 'report.md'), renderReport(report));
log('wrote bench/report.md and bench/report.json');
