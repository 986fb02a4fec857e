import { describe, expect, it } from 'vitest';
import { emptyState } from '~/client/store';
import { mergeStates, parseImport, previewImport, toExport } from '~/features/workbook/transfer';

const state = () => {
  const s = emptyState();
  s.reflections['m/l'] = { a: 'Mijn antwoord', b: 3 };
  s.done['m/l'] = '2026-11-20T10:00:00.000Z';
  return s;
};

describe('export and import', () => {
  it('round-trips an export', () => {
    const text = toExport(state(), new Date('2026-11-23T12:00:00Z'));
    const result = parseImport(text, text.length);
    expect(result).toEqual({ ok: true, state: state(), exported: '2026-11-23T12:00:00.000Z' });
  });

  it('refuses a big file, non-JSON, a file of another app, a future version and a wrong shape', () => {
    const ok = toExport(state());
    expect(parseImport(ok, 2 * 1024 * 1024)).toEqual({ ok: false, problem: 'too-big' });
    expect(parseImport('hallo', 5)).toEqual({ ok: false, problem: 'not-json' });
    expect(parseImport('{"a":1}', 7)).toEqual({ ok: false, problem: 'not-ours' });
    const future = ok.replace('"version": 4,', '"version": 7,');
    expect(parseImport(future, future.length)).toEqual({ ok: false, problem: 'future-version' });
    const wrong = ok.replace('"Mijn antwoord"', '{"x": true}');
    expect(parseImport(wrong, wrong.length)).toEqual({ ok: false, problem: 'wrong-shape' });
  });

  it('imports a file exported by an older version', () => {
    const old = JSON.stringify({
      format: 'brein-en-band/werkboek',
      version: 1,
      exported: '2026-11-01T10:00:00.000Z',
      data: { version: 1, quizzes: {}, reflections: { 'm/l': { a: 'oud' } }, done: {}, updated: '' },
    });
    const result = parseImport(old, old.length);
    expect(result.ok && result.state.reflections['m/l']).toEqual({ a: 'oud' });
    expect(result.ok && result.state.version).toBe(4);
  });

  it('imports a version-2 file and keeps its quiz answers, by position, to be turned into ids', () => {
    const old = JSON.stringify({
      format: 'brein-en-band/werkboek',
      version: 2,
      exported: '2026-11-20T10:00:00.000Z',
      data: {
        version: 2,
        quizzes: { 'm/l': { q: { value: [2], checked: true, correct: true, revealed: false } } },
        reflections: {},
        done: {},
        visited: {},
        updated: '',
      },
    });
    const result = parseImport(old, old.length);
    expect(result.ok && result.state.quizzes['m/l']?.['q']).toEqual({
      value: [],
      positions: [2],
      checked: true,
      correct: true,
      revealed: false,
      tries: 1,
      firstTry: true,
      hinted: false,
    });
  });

  it('keeps markup as plain data', () => {
    const s = emptyState();
    s.reflections['m/l'] = { a: '<img src=x onerror=alert(1)>' };
    const text = toExport(s);
    const result = parseImport(text, text.length);
    expect(result.ok && result.state.reflections['m/l']?.['a']).toBe('<img src=x onerror=alert(1)>');
  });

  it('previews and merges without losing answers', () => {
    const current = state();
    const incoming = emptyState();
    incoming.reflections['m/l'] = { a: 'Nieuw antwoord', c: 'Extra' };
    incoming.done['m/k'] = '2026-11-21T10:00:00.000Z';
    expect(previewImport(current, incoming)).toEqual({ added: 1, changed: 1, done: 1 });
    const merged = mergeStates(current, incoming);
    expect(merged.reflections['m/l']).toEqual({ a: 'Nieuw antwoord', b: 3, c: 'Extra' });
    expect(Object.keys(merged.done)).toEqual(['m/l', 'm/k']);
    expect(current.reflections['m/l']?.['a']).toBe('Mijn antwoord');
  });
});
