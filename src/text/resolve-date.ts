/**
 * Turns the article's words for a time ("On Tuesday", "last year", "in the 1990s") into dates, resolved against
 * the article's publication date. The result keeps an ISO 8601 form for people (`2025-04-15`, `2024`,
 * `1990/1999`, `2025-04-01/2025-04-17`, `2025-04-17/..` for an open future) and a from/to pair of calendar
 * dates for range queries.
 */

export interface ResolvedDate {
  readonly iso: string;
  readonly from: string;
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
const range = (from: string, to: string | null): ResolvedDate => ({ iso: `${from}/${to ?? ".."}`, from, to });

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

type Rule = readonly [RegExp, (m: RegExpExecArray, article: Date, articleIso: string) => ResolvedDate];

const monthPattern = MONTHS.join("|");

const RULES: readonly Rule[] = [
  [/^(\d{4}-\d{2}-\d{2})$/, (m) => day(m[1] as string)],
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
  [/^(?:in the coming days|within days|soon|in the coming weeks)$/, (_m, _a, iso) => range(iso, null)],
];

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
  'a day ("on Tuesday", "yesterday", "2025-04-15"), a month ("this month", "in April", "April 2024"), a year ' +
  '("last year", "in 2021"), a decade ("in the 1990s"), or a span ("since the start of April", "since 2021", ' +
  '"by the end of April", "in the coming days")';
