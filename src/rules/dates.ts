/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so time zones never matter. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real calendar date, or undefined (`2026-02-30`, `2026-13-01`). */
export function isoDay(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

/** Today's UTC date as `YYYY-MM-DD`. */
export function todayUtc(clock: Date = new Date()): string {
  return clock.toISOString().slice(0, 10);
}
