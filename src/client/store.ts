// Valibot, not Zod, in the browser: the same kind of schema at about a tenth of the bytes.
import * as v from 'valibot';
import { readItem, removeItem, writeItem } from '~/client/storage';

/**
 * The one local store for everything a person saves: quiz answers, reflections and progress.
 * Versioned and validated on load; a corrupt or unreadable copy is set aside, never deleted.
 */
export const STORE_KEY = 'bb-data';
export const STORE_VERSION = 4;

/**
 * Upgrades saved data, one version at a time, to the current shape. Each step takes data of version N
 * and returns version N + 1; data from before versions existed is not ours and is set aside.
 */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 added `visited` ("Verder waar je gebleven was").
  1: (data) => ({ ...data, version: 2, visited: {} }),
  // Version 3 saves quiz answers by option id instead of position. A version-2 answer keeps its positions in
  // `positions` until its lesson's quiz turns them into ids with the question as it was then.
  2: (data) => ({
    ...data,
    version: 3,
    quizzes: mapAnswers(data['quizzes'], (a) => ({ ...a, value: [], positions: a['value'] })),
  }),
  // Version 4 keeps the first try apart from later ones, so the score counts first tries honestly. Older
  // versions deleted an answer on "Probeer opnieuw", so a saved answer is the last try: the best we know is
  // that a checked answer that was right and not revealed counts as one right try.
  3: (data) => ({
    ...data,
    version: 4,
    quizzes: mapAnswers(data['quizzes'], (a) => ({
      ...a,
      tries: a['checked'] ? 1 : 0,
      ...(a['checked'] ? { firstTry: a['correct'] === true && a['revealed'] !== true } : {}),
    })),
  }),
};

type Answers = Record<string, Record<string, Record<string, unknown>>>;

function mapAnswers(quizzes: unknown, change: (answer: Record<string, unknown>) => Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const [lesson, answers] of Object.entries((quizzes ?? {}) as Answers))
    out[lesson] = Object.fromEntries(Object.entries(answers ?? {}).map(([id, answer]) => [id, change(answer)]));
  return out;
}

export function migrate(data: unknown): unknown {
  let current = data as Record<string, unknown>;
  while (
    current &&
    typeof current === 'object' &&
    typeof current['version'] === 'number' &&
    current['version'] < STORE_VERSION
  ) {
    const step = migrations[current['version']];
    if (!step) break;
    current = step(current);
  }
  return current;
}

export const quizAnswerSchema = v.object({
  /** The chosen option ids; see `AnswerValue` in features/quiz/quiz.ts. */
  value: v.array(v.string()),
  /** An answer saved by version 2, by position, waiting to be turned into ids (see the migrations). */
  positions: v.optional(v.array(v.pipe(v.number(), v.integer()))),
  /** Whether the learner checked this answer (feedback shown). */
  checked: v.boolean(),
  /** Right at the time of checking; false when the answer was revealed. */
  correct: v.boolean(),
  /** The answer was shown with "Toon antwoord". */
  revealed: v.optional(v.boolean(), false),
  /** How many times the learner checked an answer to this question (practice rounds included). */
  tries: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** Whether the very first check was right; false when the answer was revealed before a right try. */
  firstTry: v.optional(v.boolean()),
  /** A wrong try showed the hint; the next check is the second try of this round. */
  hinted: v.optional(v.boolean(), false),
});

export const reflectionValue = v.union([v.string(), v.number(), v.array(v.string()), v.record(v.string(), v.string())]);

export const stateSchema = v.object({
  version: v.literal(STORE_VERSION),
  /** Quiz answers by lesson id, then question id. */
  quizzes: v.optional(v.record(v.string(), v.record(v.string(), quizAnswerSchema)), {}),
  /** Reflection answers by lesson id, then prompt id. */
  reflections: v.optional(v.record(v.string(), v.record(v.string(), reflectionValue)), {}),
  /** Lessons marked as done, by lesson id, with the ISO date. */
  done: v.optional(v.record(v.string(), v.string()), {}),
  /** Lessons opened, by lesson id, with the ISO date of the last visit ("Verder waar je gebleven was"). */
  visited: v.optional(v.record(v.string(), v.string()), {}),
  /** ISO date of the last change. */
  updated: v.optional(v.string(), ''),
});

export type StoreState = v.InferOutput<typeof stateSchema>;
export type QuizAnswer = v.InferOutput<typeof quizAnswerSchema>;
export type ReflectionValue = v.InferOutput<typeof reflectionValue>;
/** ok: loaded and saving; unavailable: storage blocked or full, changes live only in this tab; recovered: a damaged copy was set aside. */
export type StoreStatus = 'ok' | 'unavailable' | 'recovered';

export const emptyState = (): StoreState => ({
  version: STORE_VERSION,
  quizzes: {},
  reflections: {},
  done: {},
  visited: {},
  updated: '',
});

type Listener = (state: StoreState) => void;

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export class Store {
  #state: StoreState = emptyState();
  #status: StoreStatus = 'ok';
  #listeners = new Set<Listener>();

  constructor() {
    this.#load();
    window.addEventListener('storage', (event) => {
      if (event.key !== STORE_KEY) return;
      this.#load();
      this.#emit();
    });
  }

  get state(): StoreState {
    return this.#state;
  }

  get status(): StoreStatus {
    return this.#status;
  }

  #load(): void {
    const raw = readItem(STORE_KEY);
    if (raw === null) {
      // Either nothing saved yet, or storage is blocked: a write probe tells which.
      if (!writeItem(`${STORE_KEY}-probe`, '1')) this.#status = 'unavailable';
      else removeItem(`${STORE_KEY}-probe`);
      this.#state = emptyState();
      return;
    }
    try {
      this.#state = v.parse(stateSchema, migrate(JSON.parse(raw)));
    } catch {
      // Keep the damaged copy where a person (or support) can still recover it, then start clean.
      writeItem(`${STORE_KEY}-beschadigd-${new Date().toISOString()}`, raw);
      this.#state = emptyState();
      this.#status = 'recovered';
      this.#save();
    }
  }

  #save(): boolean {
    const saved = writeItem(STORE_KEY, JSON.stringify(this.#state));
    if (!saved) this.#status = 'unavailable';
    return saved;
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** Changes the state and saves it; returns false when it could not be saved (it still applies in this tab). */
  update(change: (draft: StoreState) => void): boolean {
    // Start from what is saved now, so a change made in another tab a moment ago is not overwritten.
    const saved = this.#status === 'unavailable' ? null : readItem(STORE_KEY);
    if (saved !== null) {
      const parsed = v.safeParse(stateSchema, migrate(safeJson(saved)));
      if (parsed.success) this.#state = parsed.output;
    }
    const draft = structuredClone(this.#state);
    change(draft);
    draft.updated = new Date().toISOString();
    this.#state = draft;
    const ok = this.#save();
    this.#emit();
    return ok;
  }

  /** Replaces everything (import "vervangen", "alles wissen"). */
  replace(state: StoreState): boolean {
    return this.update((draft) => Object.assign(draft, structuredClone(state)));
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

let shared: Store | undefined;

/** The page's single store instance. */
export function getStore(): Store {
  shared ??= new Store();
  return shared;
}
