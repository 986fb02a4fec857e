// Small helpers shared by the benchmark's parts.

/**
 * The median of each figure over several runs of the same measurement: numbers by median (the mean of the
 * middle two for an even count), lists by their union, anything else from the first run.
 * @template T
 * @param {T[]} runs
 * @returns {T}
 */
export function median(runs) {
  const [first] = runs;
  if (typeof first === 'number') {
    const sorted = /** @type {number[]} */ (runs).toSorted((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return /** @type {T} */ (sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
  }
  if (Array.isArray(first)) return /** @type {T} */ ([...new Set(runs.flatMap((r) => /** @type {unknown[]} */ (r)))]);
  if (first && typeof first === 'object')
    return /** @type {T} */ (
      Object.fromEntries(
        Object.keys(first).map((key) => [
          key,
          median(runs.map((r) => /** @type {Record<string, unknown>} */ (r)[key])),
        ]),
      )
    );
  return /** @type {T} */ (first);
}

const started = performance.now();

/** A progress line, with the seconds since the benchmark started. */
export const log = (/** @type {string} */ line) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
