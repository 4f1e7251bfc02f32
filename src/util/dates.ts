/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so time zones never matter. */

import { CatalogLintError } from "./errors.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real calendar date, or undefined (`2026-02-30`, `2026-13-01`). */
export function isoDay(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const time = date.getTime();
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

/** Today's UTC date as `YYYY-MM-DD`. */
export function todayUtc(clock: Date = new Date()): string {
  return clock.toISOString().slice(0, 10);
}

/** The environment variable that pins "today" when no option does. */
export const NOW_VARIABLE = "CATALOG_LINT_NOW";

/**
 * "Today" for the date rules, the one way both shells and `new` read it: the
 * option when given (`--now`), else `CATALOG_LINT_NOW` when set and not empty
 * (an empty variable is unset, as workflows write `${{ vars.X }}` for one
 * they lack), else the UTC clock. An impossible date (`2026-02-30`) is an
 * error naming where it came from: read as a date it is none, and
 * `stale-date` and `future-date` would silently report nothing.
 */
export function todayFrom(
  env: Readonly<Record<string, string | undefined>>,
  option?: { name: string; value: string | undefined },
  clock: Date = new Date(),
): string {
  if (option?.value !== undefined) return checkedToday(option.value, option.name, "");
  const pinned = env[NOW_VARIABLE];
  if (pinned === undefined || pinned === "") return todayUtc(clock);
  return checkedToday(pinned, NOW_VARIABLE, `; set ${NOW_VARIABLE} to one, or unset it for today's UTC date`);
}

function checkedToday(value: string, from: string, advice: string): string {
  if (isoDay(value) !== undefined) return value;
  throw new CatalogLintError(`Invalid ${from} \`${value}\`, expected a real date YYYY-MM-DD${advice}`);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((m) => key === m || (key.length > 3 && m === key.slice(0, 3) && isMonthName(key)));
  return index >= 0 ? index + 1 : undefined;
}

function isMonthName(key: string): boolean {
  return /^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/.test(key);
}

/**
 * The ISO form of a date written another unambiguous way: `February 9, 2026`,
 * `9 Feb 2026`, `2026/01/30`, `2026.01.30`. Day-month orders that could be
 * read both ways (`01/02/2026`) give undefined: catalog-lint never guesses.
 */
export function toIsoDate(text: string): string | undefined {
  const trimmed = text.trim();
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!match) {
    const named = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(trimmed);
    const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(trimmed);
    if (named) [month, day, year] = [monthNumber(named[1] ?? ""), Number(named[2]), Number(named[3])];
    else if (dayFirst) [day, month, year] = [Number(dayFirst[1]), monthNumber(dayFirst[2] ?? ""), Number(dayFirst[3])];
  }
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isoDay(iso) === undefined ? undefined : iso;
}
