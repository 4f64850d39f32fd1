import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/text/resolve-date.ts";

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
  });
});
