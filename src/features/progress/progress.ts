/** Pure progress logic, shared by the elements and the unit tests. */

/**
 * "Verder waar je gebleven was": the lesson opened most recently, or, when that one is finished, the next
 * unfinished lesson after it (the lessons come in course order).
 */
export function continueWith(order: string[], visited: Record<string, string>, done: Record<string, string>) {
  const last = Object.entries(visited)
    .filter(([id]) => order.includes(id))
    .sort(([, a], [, b]) => b.localeCompare(a))[0]?.[0];
  if (!last || !(last in done)) return last;
  const from = order.indexOf(last);
  return [...order.slice(from + 1), ...order.slice(0, from)].find((id) => !(id in done));
}
