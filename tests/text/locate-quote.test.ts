import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/read-article.ts";
import { locateQuote } from "../../src/text/locate-quote.ts";

const path = "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt";
const { text } = parseArticle(readFileSync(path, "utf8"), path);

describe("locateQuote in the seed article", () => {
  it("finds a unique quote and its offsets slice the text back to it", () => {
    const quote = "The Taliban government denies the charge.";
    const at = locateQuote(text, quote);
    expect(at.ok).toBe(true);
    if (at.ok) expect(text.slice(at.start, at.end)).toBe(quote);
  });

  it("asks for an occurrence when the quote repeats", () => {
    const at = locateQuote(text, "Kabul");
    expect(at).toEqual({ ok: false, reason: expect.stringContaining("occurs 4 times") });
    // Each occurrence is named with the words around it.
    expect(at.ok ? "" : at.reason).toContain("4 at 1068 «… Islamabad accusing Kabul of allowing militan…»");
  });

  it("uses the 1-based occurrence: the fourth Kabul is Islamabad's accusation", () => {
    const at = locateQuote(text, "Kabul", 4);
    expect(at.ok).toBe(true);
    if (at.ok) expect(text.slice(at.start - 19, at.end)).toBe("Islamabad accusing Kabul");
  });

  it("rejects a quote that is not in the text, and an occurrence past the last", () => {
    expect(locateQuote(text, "Dar said on Friday").ok).toBe(false);
    expect(locateQuote(text, "Kabul", 5)).toEqual({
      ok: false,
      reason: expect.stringContaining("occurs 4 times"),
    });
  });
});
