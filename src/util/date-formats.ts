/**
 * Date formats written in a schema (`dateFormat: MMMM D, YYYY`): each is
 * compiled once to a regular expression of the tool's own (its literal text
 * escaped), and reads a date as days since 1970-01-01.
 */
import { isoDay } from "./dates.js";

/** The ISO date format, the default of `type: date` and `format: date`. */
export const ISO_DATE_FORMAT = "YYYY-MM-DD";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The tokens of a date format, longest first: what each matches. */
const TOKENS: ReadonlyArray<[string, string]> = [
  ["YYYY", "(\\d{4})"],
  ["MMMM", `(${MONTH_NAMES.join("|")})`],
  ["MMM", `(${MONTH_NAMES.map((m) => m.slice(0, 3)).join("|")})`],
  ["MM", "(\\d{2})"],
  ["M", "(\\d{1,2})"],
  ["DD", "(\\d{2})"],
  ["D", "(\\d{1,2})"],
];

export interface DateFormat {
  readonly source: string;
  /** Days since 1970-01-01 of `text` written in this format; undefined when it is not, or no real date. */
  day(text: string): number | undefined;
  /** Whether `text` has the format's shape (a real date or not). */
  shaped(text: string): boolean;
}

const formats = new Map<string, DateFormat | string>();

/**
 * `source` (`YYYY-MM-DD`, `MMMM D, YYYY`, `D MMM YYYY`, `MMMM YYYY`) as a date
 * format, or a message ("expected …") saying why it is none. Tokens: YYYY;
 * MMMM (January), MMM (Jan), MM (01), M (1); DD (09), D (9). Anything else is
 * written as is. A format without a day reads as the month's first day.
 */
export function dateFormat(source: string): DateFormat | string {
  let format = formats.get(source);
  if (format === undefined) {
    format = compileDateFormat(source);
    formats.set(source, format);
  }
  return format;
}

function compileDateFormat(source: string): DateFormat | string {
  const order: string[] = [];
  let pattern = "";
  for (let i = 0; i < source.length; ) {
    const token = TOKENS.find(([name]) => source.startsWith(name, i));
    if (token) {
      order.push(token[0]);
      pattern += token[1];
      i += token[0].length;
    } else {
      pattern += source.charAt(i).replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
      i++;
    }
  }
  const has = (...names: string[]) => order.filter((t) => names.includes(t)).length;
  if (has("YYYY") !== 1 || has("MMMM", "MMM", "MM", "M") > 1 || has("DD", "D") > 1) {
    return "expected one `YYYY`, at most one month (`MMMM`, `MMM`, `MM`, `M`) and at most one day (`DD`, `D`)";
  }
  if (has("DD", "D") === 1 && has("MMMM", "MMM", "MM", "M") === 0) return "expected a month with the day";
  const regex = new RegExp(`^${pattern}$`);
  return {
    source,
    shaped: (text) => regex.test(text),
    day(text) {
      const match = regex.exec(text);
      if (!match) return undefined;
      let [year, month, day] = [0, 1, 1];
      order.forEach((token, i) => {
        const part = match[i + 1] ?? "";
        if (token === "YYYY") year = Number(part);
        else if (token === "MMMM" || token === "MMM") month = MONTH_NAMES.findIndex((m) => m.startsWith(part)) + 1;
        else if (token.startsWith("M")) month = Number(part);
        else day = Number(part);
      });
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return isoDay(iso);
    },
  };
}
