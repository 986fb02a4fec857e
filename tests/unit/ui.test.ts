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
});

describe('joinBase', () => {
  it('works at the root and under a base path', () => {
    expect(joinBase('/', 'begrippen/')).toBe('/begrippen/');
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/cursus/', '/begrippen/#a')).toBe('/cursus/begrippen/#a');
    expect(joinBase('/cursus', 'zoeken/')).toBe('/cursus/zoeken/');
  });
});
