const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** Splits Dutch text into sentences for read-aloud, keeping each sentence's own punctuation. */
export function splitSentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}
