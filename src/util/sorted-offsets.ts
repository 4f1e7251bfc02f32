/** Helpers over ascending lists (text offsets, line numbers), so per-node lookups stay logarithmic. */

/** Every offset of `search` in `text`, ascending. */
export function offsetsOf(text: string, search: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) offsets.push(at);
  return offsets;
}

/**
 * The one binary search: the first index in `[0, length)` at which `reached`
 * holds, `length` when it holds nowhere. `reached` must be false up to some
 * index and true from there on, as "the item at `index` is at or after x" is
 * along an ascending list.
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Index of the first of `offsets` (ascending) at or after `start`; `offsets.length` when none. */
export function firstAtOrAfter(offsets: readonly number[], start: number): number {
  return firstIndexWhere(offsets.length, (index) => (offsets[index] as number) >= start);
}
