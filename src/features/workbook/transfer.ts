import * as v from 'valibot';
import { migrate, stateSchema, STORE_VERSION, type StoreState } from '~/client/store';

/** Export file format: the store's state wrapped with what it is and when it was made. */
export const EXPORT_FORMAT = 'brein-en-band/werkboek';
export const MAX_IMPORT_BYTES = 1024 * 1024;

const exportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  exported: v.string(),
  data: stateSchema,
});

export function toExport(state: StoreState, now = new Date()): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: STORE_VERSION, exported: now.toISOString(), data: state },
    null,
    2,
  );
}

/** Why an import file was refused; the UI shows the matching Dutch message. */
export type ImportProblem = 'too-big' | 'not-json' | 'not-ours' | 'future-version' | 'wrong-shape';

export type ImportResult = { ok: true; state: StoreState; exported: string } | { ok: false; problem: ImportProblem };

/** Validates an import file without touching the saved data. */
export function parseImport(text: string, bytes: number): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'not-ours' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > STORE_VERSION) return { ok: false, problem: 'future-version' };
  const file = json as { data?: unknown };
  const parsed = v.safeParse(exportSchema, { ...file, data: migrate(file.data) });
  if (!parsed.success) return { ok: false, problem: 'wrong-shape' };
  return { ok: true, state: parsed.output.data, exported: parsed.output.exported };
}

type Section = 'quizzes' | 'reflections';

/** What an import would do: new answers, answers it would overwrite, and lessons marked done. */
export function previewImport(current: StoreState, incoming: StoreState) {
  let added = 0;
  let changed = 0;
  for (const section of ['quizzes', 'reflections'] as Section[]) {
    for (const [lesson, answers] of Object.entries(incoming[section])) {
      for (const [id, value] of Object.entries(answers)) {
        const existing = (current[section][lesson] as Record<string, unknown> | undefined)?.[id];
        if (existing === undefined) added++;
        else if (JSON.stringify(existing) !== JSON.stringify(value)) changed++;
      }
    }
  }
  const done = Object.keys(incoming.done).filter((id) => !(id in current.done)).length;
  return { added, changed, done };
}

/** Merge: the imported answers win where both have one; nothing already saved is dropped. */
export function mergeStates(current: StoreState, incoming: StoreState): StoreState {
  const merged = structuredClone(current);
  for (const section of ['quizzes', 'reflections'] as Section[]) {
    for (const [lesson, answers] of Object.entries(incoming[section])) {
      merged[section][lesson] = { ...merged[section][lesson], ...answers } as never;
    }
  }
  merged.done = { ...merged.done, ...incoming.done };
  merged.visited = { ...merged.visited, ...incoming.visited };
  return merged;
}
