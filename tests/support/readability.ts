/** Plain-text helpers for the content rules: word and sentence counts of Dutch prose in MDX. */

/** Strips MDX/Markdown syntax, leaving the words a reader sees. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|]/g, ' ')
    .replace(/^\s*[-+]\s+/gm, ' ')
    .replace(/^\s*\d+\.\s+/gm, ' ');
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** Sentences, split on . ! ? and on line ends of list items and headings. */
export function sentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?]['"’”)]?)\s+|\n\s*\n|\n(?=\s*(?:[-+]|\d+\.)\s)/)
    .map(words)
    .filter((s) => s.length > 0);
}

/** Dutch syllables, counted as vowel groups ("ij", "ie", "oe", "eu", "ui", "aa" … are one sound). */
export function syllables(word: string): number {
  const groups = word
    .toLowerCase()
    .replace(/ij/g, 'y')
    .match(/[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface Readability {
  /** Flesch–Douma reading ease (Dutch): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
  fleschDouma: number;
  words: number;
  sentences: number;
  average: number;
  longest: string;
  longestLength: number;
}

export function readability(text: string): Readability {
  const all = sentences(text);
  const longest = all.reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
  const count = all.reduce((n, s) => n + s.length, 0);
  const syllableCount = all.flat().reduce((n, w) => n + syllables(w), 0);
  const average = all.length ? count / all.length : 0;
  return {
    fleschDouma: count ? 206.84 - 0.77 * ((syllableCount / count) * 100) - 0.93 * average : 0,
    words: count,
    sentences: all.length,
    average,
    longest: longest.join(' '),
    longestLength: longest.length,
  };
}
