import type { ReflectionValue } from '~/client/store';
import type { UIKey } from '~/i18n/keys';

/**
 * The reflection kinds in one place: the fields each kind has (`EXPERIMENT_FIELDS`), how its answer is read
 * from and written to the controls (`CONTROLS`, the reflection), and how a saved answer is told as plain text
 * (`DESCRIBE`, Mijn werkboek). Two tables, so each page's script takes only the half it uses.
 */
export type ReflectionKind = 'open' | 'scale' | 'checklist' | 'table' | 'experiment';

/** The three fields of a "thuisexperiment": what, when, how. */
export const EXPERIMENT_FIELDS = [
  ['wat', 'reflection.experiment.what'],
  ['wanneer', 'reflection.experiment.when'],
  ['hoe', 'reflection.experiment.how'],
] as const satisfies readonly (readonly [string, UIKey])[];

export type KindKey = (typeof EXPERIMENT_FIELDS)[number][1];

/** What describing an answer needs to know of its prompt; carried on the workbook's markup. */
export interface PromptShape {
  kind: ReflectionKind;
  /** Checklist items. */
  items: string[];
  /** Table columns. */
  columns: string[];
}

/** The markup attributes that carry a prompt's shape (see `shapeOf`). */
export function shapeAttributes(p: {
  kind: ReflectionKind;
  items?: string[] | undefined;
  columns?: string[] | undefined;
}) {
  return {
    'data-kind': p.kind,
    ...(p.items ? { 'data-items': JSON.stringify(p.items) } : {}),
    ...(p.columns ? { 'data-columns': JSON.stringify(p.columns) } : {}),
  };
}

export function shapeOf(el: HTMLElement): PromptShape {
  return {
    kind: (el.dataset['kind'] ?? 'open') as ReflectionKind,
    items: JSON.parse(el.dataset['items'] ?? '[]') as string[],
    columns: JSON.parse(el.dataset['columns'] ?? '[]') as string[],
  };
}

const cellsOf = (value: ReflectionValue | undefined): Record<string, string> =>
  typeof value === 'object' && !Array.isArray(value) ? value : {};

/** Text cells (table, experiment) as a record by `data-cell`. */
const readCells = (prompt: HTMLElement) =>
  Object.fromEntries(
    [...prompt.querySelectorAll<HTMLTextAreaElement>('textarea[data-cell]')].map((c) => [
      c.dataset['cell'] ?? '',
      c.value,
    ]),
  );

const writeCells = (prompt: HTMLElement, value: ReflectionValue | undefined, active: Element | null) => {
  const cells = cellsOf(value);
  for (const cell of prompt.querySelectorAll<HTMLTextAreaElement>('textarea[data-cell]'))
    if (cell !== active) cell.value = cells[cell.dataset['cell'] ?? ''] ?? '';
};

const writeChoices = (prompt: HTMLElement, value: ReflectionValue | undefined) => {
  for (const input of prompt.querySelectorAll<HTMLInputElement>('input'))
    input.checked = Array.isArray(value) ? value.includes(input.value) : String(value) === input.value;
};

/** How each kind's answer is read from its controls and written back (the reflection element). */
export const CONTROLS: Record<
  ReflectionKind,
  {
    /** The value to save from the prompt's controls; undefined when nothing is chosen. */
    read(prompt: HTMLElement): ReflectionValue | undefined;
    /** Puts a saved value back; the field being typed in (`active`) is left alone. */
    write(prompt: HTMLElement, value: ReflectionValue | undefined, active: Element | null): void;
  }
> = {
  open: {
    read: (prompt) => prompt.querySelector('textarea')?.value ?? '',
    write: (prompt, value, active) => {
      const area = prompt.querySelector('textarea');
      if (area && area !== active) area.value = typeof value === 'string' ? value : '';
    },
  },
  scale: {
    read: (prompt) => {
      const checked = prompt.querySelector<HTMLInputElement>('input:checked');
      return checked ? Number(checked.value) : undefined;
    },
    write: writeChoices,
  },
  checklist: {
    read: (prompt) => [...prompt.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
    write: writeChoices,
  },
  table: { read: readCells, write: writeCells },
  experiment: { read: readCells, write: writeCells },
};

/** Each kind's saved value as plain text (Mijn werkboek; shown with textContent, never as HTML). */
export const DESCRIBE: Record<
  ReflectionKind,
  (value: ReflectionValue, shape: PromptShape, t: (key: KindKey) => string) => string
> = {
  open: (value) => (typeof value === 'string' ? value : ''),
  scale: (value) => `${value} / 5`,
  checklist: (value, shape) => (Array.isArray(value) ? value.map((i) => shape.items[Number(i)] ?? '').join(', ') : ''),
  table: (value, shape) => {
    const rows = new Map<string, string[]>();
    for (const [key, text] of Object.entries(cellsOf(value))) {
      const [row = '0', col = '0'] = key.split('-');
      if (text.trim())
        (rows.get(row) ?? rows.set(row, []).get(row))?.push(`${shape.columns[Number(col)] ?? ''}: ${text}`);
    }
    return [...rows.values()].map((r) => r.join('\n')).join('\n\n');
  },
  experiment: (value, _shape, t) => {
    const labels = new Map<string, string>(EXPERIMENT_FIELDS.map(([field, key]) => [field, t(key)]));
    return Object.entries(cellsOf(value))
      .filter(([, text]) => text.trim())
      .map(([field, text]) => `${labels.get(field) ?? field} ${text}`)
      .join('\n');
  },
};

/** The controls of a prompt's kind (`data-kind`). */
export const controlsOf = (prompt: HTMLElement) =>
  CONTROLS[(prompt.dataset['kind'] ?? 'open') as ReflectionKind] ?? CONTROLS.open;
