// Build scaling: the real course and generated courses, each built with `astro build --force` as `npm run build`
// does, timed, with the peak memory that GNU time reports.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
export const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const gnuTime = '/usr/bin/time';

/** Environment for a build or preview of `contentDir` into `outDir`. */
export const siteEnv = (/** @type {string} */ contentDir, /** @type {string} */ outDir) => ({
  ...process.env,
  CONTENT_DIR: contentDir,
  OUT_DIR: outDir,
  NO_COLOR: '1',
});

/** Lesson files of a content folder, as `<module>/<lesson>.mdx`. */
export const lessonFiles = (/** @type {string} */ contentDir) =>
  readdirSync(join(contentDir, 'lessons'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();

/**
 * Builds once. Returns the wall time, and the peak resident memory of the largest process (Astro's Node
 * process; Pagefind runs as a child and is usually smaller) when GNU time is installed.
 * @returns {Promise<{ ms: number, peakMB: number | null }>}
 */
export async function timedBuild(/** @type {string} */ contentDir, /** @type {string} */ outDir) {
  const timeFile = `${outDir}.time`;
  const command = [process.execPath, astroBin, 'build', '--force'];
  const [bin, ...args] = existsSync(gnuTime) ? [gnuTime, '-v', '-o', timeFile, ...command] : command;
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const child = spawn(bin ?? '', args, { cwd: root, env: siteEnv(contentDir, outDir) });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(code) : reject(new Error(`astro build failed (${code}):\n${log.slice(-3000)}`)),
    );
  });
  const ms = performance.now() - start;
  const rss = existsSync(timeFile)
    ? readFileSync(timeFile, 'utf8').match(/Maximum resident set size \(kbytes\): (\d+)/)
    : null;
  rmSync(timeFile, { force: true });
  return { ms, peakMB: rss ? Number(rss[1]) / 1024 : null };
}

/** The number of HTML pages a build wrote. */
export const pageCount = (/** @type {string} */ outDir) =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/**
 * The template for generated lessons: the real lesson of median size, which has a quiz and reflections
 * like every lesson (tests/unit/content-rules.test.ts).
 */
export function templateLesson(/** @type {string} */ contentDir) {
  const files = lessonFiles(contentDir)
    .map((f) => ({ file: f, size: statSync(join(contentDir, 'lessons', f)).size }))
    .sort((a, b) => a.size - b.size);
  const { file } = files[Math.floor(files.length / 2)] ?? {};
  if (!file) throw new Error(`No lessons in ${contentDir}/lessons/`);
  const text = readFileSync(join(contentDir, 'lessons', file), 'utf8');
  if (!/^quiz:/m.test(text) || !/^reflections:/m.test(text))
    throw new Error(`The template lesson ${file} needs a quiz and reflections.`);
  return { file, text };
}

/**
 * Writes a course of `count` lessons into `dir`: the real modules, glossary, sources, pages and diagrams,
 * and copies of the template lesson spread evenly over the modules. The copies only differ in module (their folder),
 * order and title; their file names (les-0001 …) are unique course-wide, as the parent view needs.
 */
export function generateCourse(
  /** @type {string} */ contentDir,
  /** @type {string} */ dir,
  /** @type {number} */ count,
  /** @type {string} */ template,
) {
  const lessonsDir = join(contentDir, 'lessons');
  cpSync(contentDir, dir, { recursive: true, filter: (src) => src !== lessonsDir });
  const modules = readdirSync(join(dir, 'modules'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  for (let i = 0; i < count; i++) {
    const module = modules[i % modules.length] ?? '';
    const order = Math.floor(i / modules.length) + 1;
    // The first `order:` and `title:` lines are the frontmatter's: it comes first in the file. The folder
    // the copy is written to names its module.
    const lesson = template.replace(/^order: .*$/m, `order: ${order}`).replace(/^title: .*$/m, `title: Les ${i + 1}`);
    mkdirSync(join(dir, 'lessons', module), { recursive: true });
    writeFileSync(join(dir, 'lessons', module, `les-${String(i + 1).padStart(4, '0')}.mdx`), lesson);
  }
}
