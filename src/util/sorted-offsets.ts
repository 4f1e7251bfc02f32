/** Helpers over ascending lists of text offsets, so per-node lookups stay logarithmic. */

/** Every offset of `search` in `text`, ascending. */
export function offsetsOf(text: string, search: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) offsets.push(at);
  return offsets;
}

/** Index of the first of `offsets` (ascending) at or after `start`; `offsets.length` when none. */
export function firstAtOrAfter(offsets: readonly number[], start: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid] as number) < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
