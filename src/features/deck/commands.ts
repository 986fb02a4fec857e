import type { UIKey } from '~/i18n/keys';

/**
 * Everything a presenter can do, once: the keys that do it, the line in the help dialog and the toolbar
 * button. `Deck.astro` renders the help and the toolbar from this table; the deck element maps keys to it.
 */
export const COMMANDS = [
  { id: 'next', keys: ['ArrowRight', ' ', 'PageDown'], help: 'deck.keys.next', button: 'deck.next' },
  { id: 'prev', keys: ['ArrowLeft', 'PageUp'], help: 'deck.keys.prev', button: 'deck.prev' },
  { id: 'first', keys: ['Home'], help: 'deck.keys.ends' },
  { id: 'last', keys: ['End'], help: 'deck.keys.ends' },
  { id: 'fullscreen', keys: ['f'], help: 'deck.keys.fullscreen' },
  { id: 'overview', keys: ['o'], help: 'deck.keys.overview', button: 'deck.overview' },
  { id: 'black', keys: ['b'], help: 'deck.keys.black' },
  { id: 'presenter', keys: ['s'], help: 'deck.keys.presenter', button: 'deck.presenter' },
  { id: 'answer', keys: ['a'], help: 'deck.keys.answer' },
  { id: 'contrast', keys: ['c'], help: 'deck.keys.contrast' },
  { id: 'help', keys: ['?'], help: 'deck.keys.help', button: 'deck.help' },
  { id: 'close', keys: ['Escape'] },
  { id: 'print1', keys: [], button: 'deck.print1' },
  { id: 'print3', keys: [], button: 'deck.print3' },
] as const satisfies readonly { id: string; keys: readonly string[]; help?: UIKey; button?: UIKey }[];

export type Command = (typeof COMMANDS)[number];
export type CommandId = Command['id'];

/** The command for a key; letters regardless of case. */
export const commandForKey = (key: string): CommandId | undefined =>
  COMMANDS.find((c) => (c.keys as readonly string[]).includes(key.length === 1 ? key.toLowerCase() : key))?.id;

const KEY_NAMES: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ' ': 'Spatie' };

/** The help dialog's rows: consecutive commands with the same help text share a row ("Home · End"). */
export function helpRows(): { keys: string; help: UIKey }[] {
  const rows: { keys: string[]; help: UIKey }[] = [];
  for (const command of COMMANDS) {
    if (!('help' in command)) continue;
    const names = command.keys.map((k) => KEY_NAMES[k] ?? (k.length === 1 ? k.toUpperCase() : k));
    const last = rows.at(-1);
    if (last?.help === command.help) last.keys.push(...names);
    else rows.push({ keys: names, help: command.help });
  }
  return rows.map((row) => ({ keys: row.keys.join(' · '), help: row.help }));
}

const TOOLBAR: readonly CommandId[] = ['overview', 'presenter', 'help', 'print1', 'print3'];

/** The toolbar's buttons after the slide counter, in order, with their labels. */
export const toolbarButtons = (): { id: CommandId; label: UIKey }[] =>
  TOOLBAR.flatMap((id) => COMMANDS.filter((c) => c.id === id && 'button' in c)).map((c) => ({
    id: c.id,
    label: (c as { button: UIKey }).button,
  }));
