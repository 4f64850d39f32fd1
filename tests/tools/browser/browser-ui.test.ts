import { describe, expect, it } from "vitest";
import { captionMatches, launchChromium } from "../../../tools/browser/browser-ui.ts";

describe("captionMatches (how Browser fits a caption into a node)", () => {
  it("accepts the full text, a cut last word and left-out words", () => {
    expect(captionMatches("NATO forces", "NATO forces")).toBe(true);
    expect(captionMatches("MENTIO…", "MENTIONS")).toBe(true);
    expect(
      captionMatches("International Organization for Migrati", "International Organization for Migration"),
    ).toBe(true);
    expect(captionMatches("Proof of Registration hold…", "Proof of Registration card holders")).toBe(true);
  });

  it("rejects other text, reordered words and empty captions", () => {
    expect(captionMatches("HOLDS…", "ACCUSES")).toBe(false);
    expect(captionMatches("Pakistan Government", "Government of Pakistan")).toBe(false);
    expect(captionMatches("", "TTP")).toBe(false);
  });
});

describe("launchChromium", () => {
  it("fails, saying how to install it, when Chromium is missing", async () => {
    await expect(launchChromium("/nonexistent", undefined, "/nonexistent/chromium")).rejects.toThrow(
      /apt-get install -y chromium/,
    );
  });
});
