import { describe, expect, it } from "vitest";
import { capitalisedRuns } from "../../src/annotation/draft-annotation.ts";

// Fictional sentences, one per way the old candidate finder went wrong.
describe("candidate names in a draft", () => {
  it("keeps offsets exact and never joins words across a blank line", () => {
    const text = "Office of Immigration\n\nNearly 400 families left Valdor.";
    expect([...capitalisedRuns(text, [])]).toEqual([
      ["Office of Immigration", [0]],
      ["Valdor", [text.indexOf("Valdor")]],
    ]);
  });

  it("never joins two people across 'and'", () => {
    const text = "Deputy Premier Ravi Kessler and Foreign Minister Amina Rahimi met on Monday.";
    expect([...capitalisedRuns(text, [])].map(([words]) => words)).toEqual([
      "Deputy Premier Ravi Kessler",
      "Foreign Minister Amina Rahimi",
    ]);
  });

  it("cuts a run at a known actor's words instead of dropping it whole", () => {
    const text = "the Kessian Front’s Ministry of Foreign Affairs said";
    const covered = [{ start: 4, end: 16 }]; // "Kessian Front"
    expect([...capitalisedRuns(text, covered)]).toEqual([
      ["Ministry of Foreign Affairs", [text.indexOf("Ministry")]],
    ]);
  });

  it("leaves out words that open sentences or name no one", () => {
    expect([...capitalisedRuns("On Tuesday The Valdor Council met. But In May it did not.", [])]).toEqual([
      ["Valdor Council", [15]],
    ]);
  });
});
