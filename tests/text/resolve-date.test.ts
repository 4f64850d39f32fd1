import { describe, expect, it } from "vitest";
import { looksIso, parseIsoDate, resolveDate } from "../../src/text/resolve-date.ts";

// The seed article was published on Thursday 2025-04-17.
const ARTICLE_DATE = "2025-04-17";

describe("resolveDate against the seed article's date", () => {
  it.each([
    ["on Thursday", { iso: "2025-04-17", from: "2025-04-17", to: "2025-04-17" }],
    ["On Tuesday", { iso: "2025-04-15", from: "2025-04-15", to: "2025-04-15" }],
    ["last year", { iso: "2024", from: "2024-01-01", to: "2024-12-31" }],
    ["Last year", { iso: "2024", from: "2024-01-01", to: "2024-12-31" }],
    ["this month", { iso: "2025-04", from: "2025-04-01", to: "2025-04-30" }],
    ["since the start of April", { iso: "2025-04-01/2025-04-17", from: "2025-04-01", to: "2025-04-17" }],
    ["by the end of April", { iso: "2025-04-30", from: "2025-04-30", to: "2025-04-30" }],
    ["in the 1990s", { iso: "1990/1999", from: "1990-01-01", to: "1999-12-31" }],
    ["in 2021", { iso: "2021", from: "2021-01-01", to: "2021-12-31" }],
    ["since 2021", { iso: "2021-01-01/2025-04-17", from: "2021-01-01", to: "2025-04-17" }],
    ["in the coming days", { iso: "2025-04-17/..", from: "2025-04-17", to: null }],
  ])("%s", (expression, expected) => {
    expect(resolveDate(expression, ARTICLE_DATE)).toEqual(expected);
  });

  it("reads a month named without a year as the one nearest the article", () => {
    expect(resolveDate("in December", "2025-01-10")?.iso).toBe("2024-12");
    expect(resolveDate("in February", "2025-01-10")?.iso).toBe("2025-02");
  });

  it("returns null for words it does not understand", () => {
    expect(resolveDate("a while ago", ARTICLE_DATE)).toBeNull();
    expect(resolveDate("currently", ARTICLE_DATE)).toBeNull();
    expect(resolveDate("since then", ARTICLE_DATE)).toBeNull();
    expect(resolveDate("at a time the statement did not give", ARTICLE_DATE)).toBeNull();
  });

  it("never reads a day the calendar does not have", () => {
    expect(resolveDate("31st June this year", ARTICLE_DATE)).toBeNull();
    expect(resolveDate("on 29 February 2025", ARTICLE_DATE)).toBeNull();
  });
});

// The fictional fixture articles' dates: Tuesday 2025-06-03 and Thursday 2025-06-12.
describe("resolveDate: the phrases of the fixture articles", () => {
  it.each([
    ["2025-06-03", "next week", { iso: "2025-06-09/2025-06-15", from: "2025-06-09", to: "2025-06-15" }],
    ["2025-06-03", "last week", { iso: "2025-05-26/2025-06-01", from: "2025-05-26", to: "2025-06-01" }],
    ["2025-06-03", "in recent months", { iso: "../2025-06-03", from: null, to: "2025-06-03" }],
    [
      "2025-06-03",
      "Earlier this year",
      { iso: "2025-01-01/2025-06-03", from: "2025-01-01", to: "2025-06-03" },
    ],
    [
      "2025-06-03",
      "earlier this month",
      { iso: "2025-06-01/2025-06-03", from: "2025-06-01", to: "2025-06-03" },
    ],
    ["2025-06-03", "later this year", { iso: "2025-06-03/2025-12-31", from: "2025-06-03", to: "2025-12-31" }],
    ["2025-06-03", "in the near future", { iso: "2025-06-03/..", from: "2025-06-03", to: null }],
    ["2025-06-03", "last month", { iso: "2025-05", from: "2025-05-01", to: "2025-05-31" }],
    ["2025-06-03", "next month", { iso: "2025-07", from: "2025-07-01", to: "2025-07-31" }],
    ["2025-06-12", "overnight", { iso: "2025-06-11/2025-06-12", from: "2025-06-11", to: "2025-06-12" }],
    ["2025-06-12", "on 30th June this year", { iso: "2025-06-30", from: "2025-06-30", to: "2025-06-30" }],
    ["2025-06-12", "30 June", { iso: "2025-06-30", from: "2025-06-30", to: "2025-06-30" }],
    ["2025-06-12", "June 30, 2024", { iso: "2024-06-30", from: "2024-06-30", to: "2024-06-30" }],
    ["2025-06-12", "on the 2nd of June", { iso: "2025-06-02", from: "2025-06-02", to: "2025-06-02" }],
    ["2025-06-12", "3rd January next year", { iso: "2026-01-03", from: "2026-01-03", to: "2026-01-03" }],
  ])("%s: %s", (articleDate, expression, expected) => {
    expect(resolveDate(expression, articleDate)).toEqual(expected);
  });

  it("crosses the year for next month and last week", () => {
    expect(resolveDate("next month", "2025-12-10")?.iso).toBe("2026-01");
    expect(resolveDate("last week", "2025-01-01")?.iso).toBe("2024-12-23/2024-12-29");
  });
});

describe("parseIsoDate: a date the annotator worked out", () => {
  it.each([
    ["2025-06-06", { iso: "2025-06-06", from: "2025-06-06", to: "2025-06-06" }],
    ["2025-06", { iso: "2025-06", from: "2025-06-01", to: "2025-06-30" }],
    ["2025", { iso: "2025", from: "2025-01-01", to: "2025-12-31" }],
    ["2025-05/2025-06-20", { iso: "2025-05/2025-06-20", from: "2025-05-01", to: "2025-06-20" }],
    ["2025-06-01/..", { iso: "2025-06-01/..", from: "2025-06-01", to: null }],
    ["../2025-06-20", { iso: "../2025-06-20", from: null, to: "2025-06-20" }],
  ])("%s", (value, expected) => {
    expect(looksIso(value)).toBe(true);
    expect(parseIsoDate(value)).toEqual(expected);
  });

  it.each(["2025-02-30", "2025-13", "2025-06-20/2025-06-01", "../..", "2025-6-1"])("refuses %s", (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it("tells ISO from words", () => {
    expect(looksIso("on Tuesday")).toBe(false);
    expect(looksIso("in 2021")).toBe(false);
  });
});
