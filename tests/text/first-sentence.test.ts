import { describe, expect, it } from "vitest";
import { firstSentence, MAX_TITLE_LENGTH } from "../../src/text/first-sentence.ts";

// Fictional sentences, one per way the old title rule went wrong.
describe("the first sentence, as a draft's title", () => {
  it("starts after the dateline and ends at the first sentence", () => {
    const text = "PORT AMAR — (AP) — The council met on Monday. It adjourned.";
    expect(firstSentence(text, "PORT AMAR — (AP) —".length)).toBe("The council met on Monday.");
  });

  it("ends a sentence at a closing quote, not at the end of the paragraph", () => {
    const text = "Ivo Brand said “the pass stays shut.” Traders waited at the border for a week.";
    expect(firstSentence(text)).toBe("Ivo Brand said “the pass stays shut.”");
  });

  it("reads through titles such as Mr. and Gen.", () => {
    expect(firstSentence("Mr. Ivo Brand met Gen. Sela Marr in Port Amar. They spoke.")).toBe(
      "Mr. Ivo Brand met Gen. Sela Marr in Port Amar.",
    );
  });

  it("stays within the first paragraph", () => {
    expect(firstSentence("Border talks resume\n\nThe council met on Monday.")).toBe("Border talks resume");
  });

  it("cuts a sentence longer than a headline at a word", () => {
    const long = `The council ${"met again and ".repeat(20)}adjourned.`;
    const title = firstSentence(long);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(title.endsWith("…")).toBe(true);
    const kept = title.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(" ");
  });
});
