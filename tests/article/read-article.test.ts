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

  it.each([
    ["KABUL: The council met.", "KABUL", "KABUL:"],
    ["KABUL, Valdor — The council met.", "KABUL, Valdor", "KABUL, Valdor —"],
    ["PORT AMAR — (AP) — The council met.", "PORT AMAR", "PORT AMAR — (AP) —"],
    ["PORT AMAR (Reuters) - The council met.", "PORT AMAR", "PORT AMAR (Reuters) -"],
    ["NORDHAVEN, June 3 (Reuters) - The council met.", "NORDHAVEN", "NORDHAVEN, June 3 (Reuters) -"],
    ["DERA AMAR, Upper Sable – The council met.", "DERA AMAR, Upper Sable", "DERA AMAR, Upper Sable –"],
  ])("reads the dateline of %j, and where it ends", (text, place, whole) => {
    const article = parseArticle(text, "d.txt", "2025-06-03");
    expect(article.dateline).toBe(place);
    expect(article.text.slice(0, article.datelineEnd)).toBe(whole);
    expect(article.text).toBe(text);
  });

  it.each([
    "The Sable Front — once again — attacked.",
    "UN-backed talks resumed on Monday.",
    "Valdor (the republic) - said nothing.",
    "I — and only I — saw it.",
  ])("finds no dateline in %j", (text) => {
    expect(parseArticle(text, "d.txt", "2025-06-03")).toMatchObject({ dateline: null, datelineEnd: 0 });
  });

  it("reads title, source and url lines above the body into properties, out of the text", () => {
    const file = "tests/fixtures/articles/2025-06-03-valdor-border-talks.txt";
    const raw = readFileSync(file, "utf8");
    const article = parseArticle(raw, file);
    expect(article).toMatchObject({
      date: "2025-06-03",
      dateline: "PORT AMAR",
      title: "Valdor and Kessia to hold border talks next week",
      source: "The Amar Ledger",
      url: "https://example.org/amar-ledger/2025/06/03/border-talks",
    });
    // Offsets count from the body's first character: the dateline.
    expect(article.text.startsWith("PORT AMAR — (AP) — The Valdor government")).toBe(true);
    expect(raw.endsWith(article.text)).toBe(true);
  });

  it("reads source and url lines below the body, a source that is a web address as the url", () => {
    const kessia = "tests/fixtures/articles/2025-06-12-sable-front-attack.txt";
    expect(parseArticle(readFileSync(kessia, "utf8"), kessia)).toMatchObject({
      dateline: "NORDHAVEN, Kessia",
      title: null,
      source: null,
      url: "https://example.org/amar-ledger/2025/06/12/sable-front",
    });
    const closed = "tests/fixtures/articles/2025-06-20-pass-closed.txt";
    const article = parseArticle(readFileSync(closed, "utf8"), closed);
    expect(article).toMatchObject({
      dateline: "PORT AMAR",
      source: "The Amar Ledger",
      url: "https://example.org/amar-ledger/2025/06/20/pass-closed",
    });
    expect(
      article.text.endsWith("met representatives of the Kessian traders on the first day of Eid al-Adha."),
    ).toBe(true);
    expect(article.text).not.toMatch(/Source:|url:|example\.org/);
  });

  it("keeps the seed article's text, and so its offsets, as before", () => {
    const raw = readFileSync(path, "utf8");
    const article = parseArticle(raw, path);
    expect(article.text).toBe(raw.slice(" date 2025-04-17 ".length));
    expect(article).toMatchObject({ title: null, source: null, url: null, datelineEnd: "ISLAMABAD:".length });
  });

  it("refuses a url line that is no web address, and a property given twice", () => {
    expect(() => parseArticle("date 2025-06-03\nurl: the ledger\n\nKABUL: text", "u.txt")).toThrow(
      /u\.txt: "url: the ledger" is not a web address/,
    );
    expect(() =>
      parseArticle("date 2025-06-03\ntitle: One\n\nKABUL: text.\n\ntitle: Two\n", "t.txt"),
    ).toThrow(/t\.txt: the file gives the article's title twice/);
  });

  it("reads a `Date:` line and Windows line ends", () => {
    const raw =
      "Date: 2025-06-03\r\nTitle: Border talks\r\n\r\nPORT AMAR: The council met.\r\n\r\nURL: https://example.org/a\r\n";
    expect(parseArticle(raw, "w.txt")).toMatchObject({
      date: "2025-06-03",
      title: "Border talks",
      url: "https://example.org/a",
      dateline: "PORT AMAR",
      text: "PORT AMAR: The council met.",
    });
  });

  it("never takes a one-line body for a footer", () => {
    expect(() => parseArticle("date 2025-06-03\nsource: The Amar Ledger\n", "s.txt")).toThrow(
      /s\.txt: the article has no text/,
    );
  });
});
