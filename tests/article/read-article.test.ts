import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/read-article.ts";
import { InputError } from "../../src/errors.ts";

const path = "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt";

describe("parseArticle", () => {
  it("reads the seed article's date header, dateline and text", () => {
    const article = parseArticle(readFileSync(path, "utf8"), path);
    expect(article.fileId).toBe("2025-04-17-dar-kabul-afghan-expulsions");
    expect(article.date).toBe("2025-04-17");
    expect(article.dateline).toBe("ISLAMABAD");
    expect(article.text.startsWith("ISLAMABAD: Pakistan’s foreign minister Ishaq Dar said on Thursday")).toBe(
      true,
    );
    expect(article.text.endsWith("frequent attacks on Pakistani security officials.")).toBe(true);
  });

  it("keeps the text byte-exact, curly quotes included", () => {
    const article = parseArticle(readFileSync(path, "utf8"), path);
    expect(article.text).toContain("linked to “terrorist” and narcotics activities");
  });

  it("takes plain text with an explicit date", () => {
    const article = parseArticle("KABUL: The Taliban government said nothing.", "plain.txt", "2025-05-02");
    expect(article).toMatchObject({ date: "2025-05-02", dateline: "KABUL", fileId: "plain" });
  });

  it("names the file when the date is missing or impossible", () => {
    expect(() => parseArticle("No header here.", "x.txt")).toThrow(/x\.txt: no "date YYYY-MM-DD" header/);
    expect(() => parseArticle(" date 2025-02-30 KABUL: text", "y.txt")).toThrow(InputError);
    expect(() => parseArticle(" date 2025-02-30 KABUL: text", "y.txt")).toThrow(
      /y\.txt: "2025-02-30" is not a calendar date/,
    );
  });
});
