import type { UIKey } from '~/i18n/keys';

/** The Dutch strings the deck element shows; `Deck.astro` puts them on the island. */
export const deckStrings = ['deck.slide', 'deck.timeUp', 'deck.noNotes'] as const satisfies readonly UIKey[];

export type DeckKey = (typeof deckStrings)[number];
