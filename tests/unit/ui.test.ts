import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinBase } from '~/utils/paths';
import { dictionary, t } from '~/i18n';

describe('UI dictionary', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('module.lessons', { n: 4 })).toBe('4 lessen');
    expect(t('module.lessons')).toBe('{n} lessen');
  });

  it('has no empty strings', () => {
    for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe('');
  });

  it('has no unused keys: each is written out in src/, or built from a prefix like `quiz.score.${band}`', () => {
    const src = join(import.meta.dirname, '../../src');
    const code = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|astro)$/.test(f))
      .map((f) => readFileSync(join(src, f), 'utf8'))
      .join('\n');
    const prefixes = [...code.matchAll(/`([a-z][\w.-]*\.)\$\{/g)].map((m) => m[1] ?? '');
    const used = (key: string) =>
      code.includes(`'${key}'`) || code.includes(`"${key}"`) || prefixes.some((p) => key.startsWith(p));
    expect(Object.keys(dictionary).filter((key) => !used(key))).toEqual([]);
  });
});

describe('joinBase', () => {
  it('works at the root and under a base path', () => {
    expect(joinBase('/', 'begrippen/')).toBe('/begrippen/');
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/cursus/', '/begrippen/#a')).toBe('/cursus/begrippen/#a');
    expect(joinBase('/cursus', 'zoeken/')).toBe('/cursus/zoeken/');
  });
});
