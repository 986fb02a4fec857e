import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../scripts/content-cache.mjs';

// Builds the small fixture course with one thing broken, as an author would, and reads what the build says.
// `--force` drops Astro's content cache, which would otherwise point at the previous test's deleted folder.
const fixture = join(import.meta.dirname, '../fixtures/course');
let work: string | undefined;

function buildWith(edit: (dir: string) => void) {
  work = mkdtempSync(join(tmpdir(), 'bb-content-'));
  const content = join(work, 'content');
  cpSync(fixture, content, { recursive: true });
  edit(content);
  const result = spawnSync('npx', ['astro', 'build', '--force'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(work, 'dist'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function editFile(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

afterEach(() => {
  if (!work) return;
  rmSync(work, { recursive: true, force: true });
  // Each content folder gets its own cache (astro.config.mjs); this one is gone with its folder.
  rmSync(contentCacheDir(join(work, 'content')), { recursive: true, force: true });
});

describe('a broken lesson fails the build with a Dutch message naming file and field', () => {
  it('missing required field', () => {
    const { status, output } = buildWith((dir) =>
      editFile(join(dir, 'lessons/proefmodule/eerste-les.mdx'), (s) => s.replace('title: Eerste les\n', '')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('lessons/proefmodule/eerste-les.mdx');
    expect(output).toContain('title: dit verplichte veld ontbreekt.');
  });

  it('a lesson in a folder without a module, and a source and term that do not exist', () => {
    const { status, output } = buildWith((dir) => {
      editFile(join(dir, 'lessons/proefmodule/eerste-les.mdx'), (s) =>
        s.replace('[proefbron]', '[verzonnen-2099]').replace('[proefbegrip]', '[geen-begrip]'),
      );
      mkdirSync(join(dir, 'lessons/bestaat-niet'));
      renameSync(join(dir, 'lessons/proefmodule/tweede-les.mdx'), join(dir, 'lessons/bestaat-niet/tweede-les.mdx'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tweede-les.mdx: de les staat in de map "bestaat-niet", maar content/modules/bestaat-niet.md bestaat niet.',
    );
    expect(output).toContain('eerste-les.mdx: veld "sources" noemt "verzonnen-2099"');
    expect(output).toContain('eerste-les.mdx: veld "terms" noemt "geen-begrip"');
  });

  it('a module named like a page of the site (offline)', () => {
    const { status, output } = buildWith((dir) => {
      renameSync(join(dir, 'modules/proefmodule.md'), join(dir, 'modules/offline.md'));
      renameSync(join(dir, 'lessons/proefmodule'), join(dir, 'lessons/offline'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('offline.md: de bestandsnaam "offline" is al een pagina van de site');
  });

  it('a summary for parents without its three key messages', () => {
    const { status, output } = buildWith((dir) =>
      editFile(join(dir, 'lessons/proefmodule/eerste-les.mdx'), (s) => s.replace(/keyMessages:\n(  - .*\n){3}/, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'eerste-les.mdx: veld "keyMessages" ontbreekt. Een les voor ouders heeft drie kernboodschappen voor "In het kort".',
    );
  });

  it('two lessons with the same order in a module', () => {
    const { status, output } = buildWith((dir) =>
      editFile(join(dir, 'lessons/proefmodule/tweede-les.mdx'), (s) => s.replace('order: 2', 'order: 1')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /tweede-les\.mdx: veld "order" \(1\) is in module "proefmodule" al gebruikt door "proefmodule\/eerste-les"/,
    );
  });

  it('an inline style, which the Content-Security-Policy would block', () => {
    const { status, output } = buildWith((dir) =>
      editFile(join(dir, 'lessons/proefmodule/eerste-les.mdx'), (s) => `${s}\n<p style="color: red">Rood</p>\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('De Content-Security-Policy blokkeert inline stijl');
    expect(output).toContain('proefmodule/eerste-les/index.html: style-attribuut op <p>');
  });

  it('the unbroken fixture builds', () => {
    const { status, output } = buildWith(() => {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });
});
