/**
 * Turns the article's words for a time ("On Tuesday", "last year", "in the 1990s") into dates, resolved against
 * the article's publication date. The result keeps an ISO 8601 form for people (`2025-04-15`, `2024`,
 * `1990/1999`, `2025-04-01/2025-04-17`, `2025-04-17/..` for an open future, `../2025-04-17` for an open past)
 * and a from/to pair of calendar dates for range queries. Each phrase's reading is listed in docs/model.md.
 */

export interface ResolvedDate {
  readonly iso: string;
  /** null for an open start ("in recent months"). */
  readonly from: string | null;
  /** null for an open end ("in the coming days"). */
  readonly to: string | null;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const ymd = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDayOfMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
const day = (iso: string): ResolvedDate => ({ iso, from: iso, to: iso });
const year = (y: number): ResolvedDate => ({
  iso: pad(y, 4),
  from: `${pad(y, 4)}-01-01`,
  to: `${pad(y, 4)}-12-31`,
});
const month = (y: number, m0: number): ResolvedDate => {
  const prefix = `${pad(y, 4)}-${pad(m0 + 1)}`;
  return { iso: prefix, from: `${prefix}-01`, to: `${prefix}-${pad(lastDayOfMonth(y, m0))}` };
};
const range = (from: string | null, to: string | null): ResolvedDate => ({
  iso: `${from ?? ".."}/${to ?? ".."}`,
  from,
  to,
});
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
/** Monday of the ISO week `d` falls in. */
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));
const week = (monday: Date): ResolvedDate => range(ymd(monday), ymd(addDays(monday, 6)));
const yearWords: Record<string, number> = { "last year": -1, "this year": 0, "next year": 1 };
const yearOf = (words: string | undefined, a: Date) =>
  words === undefined
    ? undefined
    : /^\d{4}$/.test(words)
      ? Number(words)
      : a.getUTCFullYear() + (yearWords[words] ?? 0);

/** A day of a month; a month named without a year is the one nearest the article; null for 31 June. */
function dayOfMonth(d: number, m0: number, y: number | undefined, a: Date): ResolvedDate | null {
  const t = y === undefined ? nearestMonth(a, m0) : { y, m0 };
  if (d < 1 || d > lastDayOfMonth(t.y, t.m0)) return null;
  return day(`${pad(t.y, 4)}-${pad(t.m0 + 1)}-${pad(d)}`);
}

/**
 * A month named without a year is the one nearest the article date (April in an April article is that April;
 * "December" in a January article is the previous December).
 */
function nearestMonth(articleDate: Date, m0: number): { y: number; m0: number } {
  const y = articleDate.getUTCFullYear();
  const delta = m0 - articleDate.getUTCMonth();
  if (delta > 6) return { y: y - 1, m0 };
  if (delta < -6) return { y: y + 1, m0 };
  return { y, m0 };
}

type Rule = readonly [RegExp, (m: RegExpExecArray, article: Date, articleIso: string) => ResolvedDate | null];

const monthPattern = MONTHS.join("|");
const ordinal = "(\\d{1,2})(?:st|nd|rd|th)?";
const yearSuffix = "(?:,? (\\d{4}|this year|last year|next year))?";

const RULES: readonly Rule[] = [
  [/^(?:in |by )?(\d{4})$/, (m) => year(Number(m[1]))],
  [/^since (\d{4})$/, (m, _a, iso) => range(`${m[1]}-01-01`, iso)],
  [
    /^(?:in )?the (\d{3})0s$/,
    (m) => ({ iso: `${m[1]}0/${m[1]}9`, from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` }),
  ],
  [/^(?:on )?(today|this week)$/, (_m, _a, iso) => day(iso)],
  [
    new RegExp(`^(?:on |last )?(${WEEKDAYS.join("|")})$`),
    (m, a) => {
      // News reports the past: "on Tuesday" in a Thursday story is two days earlier; the same weekday is today.
      const back = (a.getUTCDay() - WEEKDAYS.indexOf(m[1] as string) + 7) % 7;
      return day(ymd(new Date(a.getTime() - back * 86_400_000)));
    },
  ],
  [/^yesterday$/, (_m, a) => day(ymd(new Date(a.getTime() - 86_400_000)))],
  [/^last year$/, (_m, a) => year(a.getUTCFullYear() - 1)],
  [/^this year$/, (_m, a) => year(a.getUTCFullYear())],
  [/^next year$/, (_m, a) => year(a.getUTCFullYear() + 1)],
  [/^this month$/, (_m, a) => month(a.getUTCFullYear(), a.getUTCMonth())],
  [
    /^last month$/,
    (_m, a) =>
      month(a.getUTCMonth() === 0 ? a.getUTCFullYear() - 1 : a.getUTCFullYear(), (a.getUTCMonth() + 11) % 12),
  ],
  [
    new RegExp(`^(?:in )?(${monthPattern})(?: (\\d{4}))?$`),
    (m, a) => {
      const m0 = MONTHS.indexOf(m[1] as string);
      const target = m[2] ? { y: Number(m[2]), m0 } : nearestMonth(a, m0);
      return month(target.y, target.m0);
    },
  ],
  [
    new RegExp(`^since the (?:start|beginning) of (${monthPattern})$`),
    (m, a, iso) => {
      const t = nearestMonth(a, MONTHS.indexOf(m[1] as string));
      return range(`${pad(t.y, 4)}-${pad(t.m0 + 1)}-01`, iso);
    },
  ],
  [
    new RegExp(`^(?:by|at) the end of (${monthPattern})$`),
    (m, a) => {
      const t = nearestMonth(a, MONTHS.indexOf(m[1] as string));
      return day(`${pad(t.y, 4)}-${pad(t.m0 + 1)}-${pad(lastDayOfMonth(t.y, t.m0))}`);
    },
  ],
  [
    /^(?:in the coming (?:days|weeks|months)|within days|soon|in the near future)$/,
    (_m, _a, iso) => range(iso, null),
  ],
  // Recent time ends at the article; where it starts the words do not say, so the start stays open.
  [/^(?:in recent (?:days|weeks|months)|recently)$/, (_m, _a, iso) => range(null, iso)],
  [/^earlier this year$/, (_m, a, iso) => range(`${pad(a.getUTCFullYear(), 4)}-01-01`, iso)],
  [/^earlier this month$/, (_m, _a, iso) => range(`${iso.slice(0, 7)}-01`, iso)],
  [/^later this year$/, (_m, a, iso) => range(iso, `${pad(a.getUTCFullYear(), 4)}-12-31`)],
  // Weeks are calendar weeks, Monday to Sunday (ISO 8601).
  [/^next week$/, (_m, a) => week(addDays(mondayOf(a), 7))],
  [/^last week$/, (_m, a) => week(addDays(mondayOf(a), -7))],
  [
    /^next month$/,
    (_m, a) =>
      month(a.getUTCMonth() === 11 ? a.getUTCFullYear() + 1 : a.getUTCFullYear(), (a.getUTCMonth() + 1) % 12),
  ],
  // News reports the night before it was published: from the evening before to the morning of.
  [/^overnight$/, (_m, a, iso) => range(ymd(addDays(a, -1)), iso)],
  [
    new RegExp(`^(?:on )?(?:the )?${ordinal} (?:of )?(${monthPattern})${yearSuffix}$`),
    (m, a) => dayOfMonth(Number(m[1]), MONTHS.indexOf(m[2] as string), yearOf(m[3], a), a),
  ],
  [
    new RegExp(`^(?:on )?(${monthPattern}) ${ordinal}${yearSuffix}$`),
    (m, a) => dayOfMonth(Number(m[2]), MONTHS.indexOf(m[1] as string), yearOf(m[3], a), a),
  ],
];

/** `when` written as ISO 8601 by the annotator: a day, a month, a year, or an interval of them with `..` for an open end. */
const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isoPart(value: string): ResolvedDate | null {
  const m = ISO_PART.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return year(y);
  const m0 = Number(m[2]) - 1;
  if (m0 < 0 || m0 > 11) return null;
  if (m[3] === undefined) return month(y, m0);
  const d = Number(m[3]);
  return d >= 1 && d <= lastDayOfMonth(y, m0) ? day(value) : null;
}

/**
 * Reads an ISO 8601 date the annotator worked out (`2025-06-06`, `2025-06`, `2025`, `2025-06-01/2025-06-20`,
 * `2025-06-01/..`); null when `value` is not one, or names no calendar day.
 */
export function parseIsoDate(value: string): ResolvedDate | null {
  const parts = value.trim().split("/");
  if (parts.length === 1) return isoPart(parts[0] as string);
  if (parts.length !== 2) return null;
  const [start, end] = parts as [string, string];
  const from = start === ".." ? null : isoPart(start);
  const to = end === ".." ? null : isoPart(end);
  if ((start !== ".." && from === null) || (end !== ".." && to === null) || (from === null && to === null)) {
    return null;
  }
  if (from?.from && to?.to && from.from > to.to) return null;
  return { iso: `${start}/${end}`, from: from?.from ?? null, to: to?.to ?? null };
}

/** Whether `value` looks like ISO 8601 (digits and dashes), so it is read as the annotator's date, not as words. */
export const looksIso = (value: string) =>
  /^(?:\d{4}[\d-]*|\.\.)(?:\/(?:\d{4}[\d-]*|\.\.))?$/.test(value.trim());

/**
 * Resolves `expression` against `articleDate` (YYYY-MM-DD). Returns null when the wording is not understood,
 * so the caller can name the field in its error.
 */
export function resolveDate(expression: string, articleDate: string): ResolvedDate | null {
  const normalised = expression.trim().replace(/\s+/g, " ").toLowerCase();
  const article = new Date(`${articleDate}T00:00:00Z`);
  for (const [pattern, resolve] of RULES) {
    const m = pattern.exec(normalised);
    if (m) return resolve(m, article, articleDate);
  }
  return null;
}

export const DATE_EXPRESSIONS_HELP =
  'a day ("on Tuesday", "yesterday", "30th June this year"), a week ("next week"), a month ("this month", ' +
  '"in April", "April 2024", "last month"), a year ("last year", "in 2021"), a decade ("in the 1990s"), or a ' +
  'span ("since the start of April", "since 2021", "earlier this year", "by the end of April", "in the coming ' +
  'days", "in the near future", "in recent months", "overnight")';
