import { describe, expect, it } from "vitest";
import { ascending, f1, int, percentile } from "../../bench/figures.ts";

describe("percentile", () => {
  it("is the nearest rank: the smallest value with at least p % of the values at or below it", () => {
    const ten = ascending([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
  });

  it("has no value for no samples, and the report prints a dash for it", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(f1(percentile([], 50))).toBe("–");
    expect(int(12345.6)).toBe("12,346");
  });
});
