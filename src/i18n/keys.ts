import type nl from './nl.json';

/** A key of the Dutch dictionary `nl.json`. Type only: importing it costs no bytes in the browser. */
export type UIKey = keyof typeof nl;
