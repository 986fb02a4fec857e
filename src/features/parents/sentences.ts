/**
 * The parent view shows only a lesson's "In het kort" block. Lessons render whole; this cuts the block
 * out of the rendered HTML by the marker `ParentSummary.astro` puts on it.
 */
export function extractParentSummary(html: string): string | undefined {
  const start = html.search(/<section[^>]*\bdata-parent-summary\b/);
  if (start < 0) return undefined;
  const end = html.indexOf('</section>', start);
  return end < 0 ? undefined : html.slice(start, end + '</section>'.length);
}

/** Splits text into sentences for read-aloud: on . ! ? followed by a space, keeping the punctuation. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[^\s])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
