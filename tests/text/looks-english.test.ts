import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { looksEnglish, MIN_ENGLISH_SHARE } from "../../src/text/looks-english.ts";

describe("looksEnglish", () => {
  it("takes the seed article and every test article for English, with a third or more function words", () => {
    const files = [
      "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt",
      "tests/fixtures/articles/2025-06-03-valdor-border-talks.txt",
      "tests/fixtures/articles/2025-06-20-pass-closed.txt",
    ];
    for (const file of files) {
      const check = looksEnglish(readFileSync(file, "utf8"));
      expect(check.english, file).toBe(true);
      expect(check.share, file).toBeGreaterThan(0.2);
    }
    expect(looksEnglish(readFileSync(files[0] as string, "utf8")).words).toBe(373);
  });

  it("takes French and German news prose for another language", () => {
    const french =
      "Le gouvernement de Valdor a déclaré mardi que ses négociateurs rencontreraient le gouvernement kessien " +
      "la semaine prochaine pour rouvrir le passage de Sable. Le gouvernement kessien a critiqué les frais.";
    const german =
      "Die Regierung von Valdor sagte am Dienstag, ihre Unterhändler würden sich nächste Woche mit der " +
      "kessischen Regierung treffen, um den Grenzübergang am Sable-Pass wieder zu öffnen.";
    for (const text of [french, german]) {
      const check = looksEnglish(text);
      expect(check.english, text).toBe(false);
      expect(check.share).toBeLessThan(MIN_ENGLISH_SHARE);
    }
  });

  it("does not judge a text too short to tell", () => {
    expect(looksEnglish("Valdor accuses Kessia.")).toEqual({ english: true, words: 3, share: 0 });
  });
});
