import { beforeEach, describe, expect, it } from 'vitest';
import { Store, STORE_KEY } from '~/client/store';

// A minimal window with localStorage, enough for the store outside a browser.
let items: Map<string, string>;
let blocked = false;
beforeEach(() => {
  items = new Map();
  blocked = false;
  const localStorage = {
    getItem: (k: string) => (blocked ? raise() : (items.get(k) ?? null)),
    setItem: (k: string, v: string) => (blocked ? raise() : void items.set(k, v)),
    removeItem: (k: string) => void items.delete(k),
  };
  Object.assign(globalThis, { window: { localStorage, addEventListener: () => {} } });
});
function raise(): never {
  throw new Error('blocked');
}

describe('Store', () => {
  it('starts empty, saves changes and tells subscribers', () => {
    const store = new Store();
    const seen: number[] = [];
    store.subscribe((s) => seen.push(Object.keys(s.quizzes).length));
    expect(
      store.update(
        (s) =>
          void (s.quizzes['a/b'] = {
            q: { value: ['b'], checked: true, correct: true, revealed: false, tries: 1, firstTry: true, hinted: false },
          }),
      ),
    ).toBe(true);
    expect(seen).toEqual([1]);
    expect(JSON.parse(items.get(STORE_KEY) ?? '{}').quizzes['a/b'].q.value).toEqual(['b']);
    expect(new Store().state.quizzes['a/b']?.['q']?.correct).toBe(true);
    expect(store.status).toBe('ok');
  });

  it('never overwrites what another tab saved in the meantime', () => {
    const tabA = new Store();
    const tabB = new Store();
    tabA.update((s) => void (s.reflections['m/l'] = { a: 'uit tab A' }));
    tabB.update((s) => void (s.done['m/l'] = '2026-11-23'));
    const saved = new Store().state;
    expect(saved.reflections['m/l']).toEqual({ a: 'uit tab A' });
    expect(saved.done['m/l']).toBe('2026-11-23');
  });

  it('sets a corrupt copy aside instead of deleting it', () => {
    items.set(STORE_KEY, '{"version":1,"quizzes":');
    const store = new Store();
    expect(store.status).toBe('recovered');
    expect(store.state.quizzes).toEqual({});
    const kept = [...items].filter(([k]) => k.startsWith(`${STORE_KEY}-beschadigd-`));
    expect(kept.map(([, v]) => v)).toEqual(['{"version":1,"quizzes":']);
  });

  it('treats data of another shape or version as corrupt, and keeps it', () => {
    items.set(STORE_KEY, JSON.stringify({ version: 99, quizzes: {} }));
    expect(new Store().status).toBe('recovered');
    expect([...items.keys()].some((k) => k.startsWith(`${STORE_KEY}-beschadigd-`))).toBe(true);
  });

  it('migrates data saved by an older version', () => {
    const v1 = {
      version: 1,
      quizzes: {},
      reflections: { 'm/l': { a: 'oud antwoord' } },
      done: { 'm/l': '2026-11-01' },
      updated: '',
    };
    items.set(STORE_KEY, JSON.stringify(v1));
    const store = new Store();
    expect(store.status).toBe('ok');
    expect(store.state).toMatchObject({ version: 4, visited: {}, reflections: { 'm/l': { a: 'oud antwoord' } } });
    expect([...items.keys()].some((k) => k.includes('beschadigd'))).toBe(false);
  });

  it('keeps quiz answers saved by position (version 2) until their quiz turns them into ids', () => {
    const v2 = {
      version: 2,
      quizzes: { 'm/l': { q: { value: [0, 2], checked: true, correct: false, revealed: false } } },
      reflections: {},
      done: {},
      visited: {},
      updated: '',
    };
    items.set(STORE_KEY, JSON.stringify(v2));
    const store = new Store();
    expect(store.status).toBe('ok');
    expect(store.state.quizzes['m/l']?.['q']).toEqual({
      value: [],
      positions: [0, 2],
      checked: true,
      correct: false,
      revealed: false,
      tries: 1,
      firstTry: false,
      hinted: false,
    });
  });

  it('counts a version-3 answer as one try: right and not revealed is a right first try', () => {
    const v3 = {
      version: 3,
      quizzes: {
        'm/l': {
          right: { value: ['a'], checked: true, correct: true, revealed: false },
          shown: { value: ['a'], checked: true, correct: false, revealed: true },
          open: { value: ['b'], checked: false, correct: false, revealed: false },
        },
      },
      reflections: {},
      done: {},
      visited: {},
      updated: '',
    };
    items.set(STORE_KEY, JSON.stringify(v3));
    const quiz = new Store().state.quizzes['m/l'];
    expect(quiz?.['right']).toMatchObject({ tries: 1, firstTry: true, hinted: false });
    expect(quiz?.['shown']).toMatchObject({ tries: 1, firstTry: false });
    expect(quiz?.['open']).toMatchObject({ tries: 0, hinted: false });
    expect(quiz?.['open']?.firstTry).toBeUndefined();
  });

  it('keeps working in memory when storage is blocked', () => {
    blocked = true;
    const store = new Store();
    expect(store.status).toBe('unavailable');
    expect(store.update((s) => void (s.done['a/b'] = '2026-11-23'))).toBe(false);
    expect(store.state.done['a/b']).toBe('2026-11-23');
  });
});
