import { describe, expect, it } from "vitest";
import { compareNames, normaliseName } from "../../src/resolver/name-similarity.ts";

const compare = (a: string, b: string) => compareNames(normaliseName(a), normaliseName(b));

describe("names read as a researcher reads them", () => {
  it("folds transliteration variants: Tehreek/Tehrik, -e-/-i-, Muhammad/Mohammad, Pakistani/Pakistan", () => {
    expect(compare("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan")).toEqual({
      score: 1,
      evidence: "the same words; tehreek ≈ tehrik",
    });
    expect(compare("Muhammad Sadiq", "Mohammad Sadiq").score).toBe(1);
    expect(compare("Mohammed Sadiq", "Mohammad Sadiq").score).toBe(1);
    expect(compare("Pakistani government", "Pakistan government").evidence).toBe(
      "the same words; pakistani ≈ pakistan",
    );
  });

  it("sets titles and honorifics aside and reads administration as government", () => {
    expect(compare("Mullah Abdul Ghani Baradar", "Abdul Ghani Baradar")).toEqual({
      score: 1,
      evidence: "the same words; set aside: mullah",
    });
    expect(compare("Taliban administration", "Taliban government")).toEqual({
      score: 1,
      evidence: "the same words; administration ≈ government",
    });
  });

  it("knows an acronym from its expansion", () => {
    expect(compare("TTP", "Tehrik-e-Taliban Pakistan")).toEqual({
      score: 0.95,
      evidence: '"TTP" is the acronym of "Tehrik-e-Taliban Pakistan"',
    });
    expect(compare("TTP", "Afghan Taliban").score).toBeLessThan(0.5);
  });

  it("scores a name inside a longer one by the words they share", () => {
    expect(compare("Mohammad Ishaq Dar", "Ishaq Dar")).toEqual({
      score: 0.83,
      evidence: "2 of 3 words shared",
    });
    expect(compare("Afghan Taliban", "Taliban").score).toBe(0.75);
  });

  it("keeps apart namesakes that a word such as 'first' or a date distinguishes", () => {
    expect(compare("Taliban government", "Taliban’s first government")).toEqual({
      score: 0.5,
      evidence: '2 of 3 words shared; but "first" sets them apart',
    });
    expect(compare("Government (2019)", "Government").score).toBeLessThan(0.8);
  });

  it("does not fold short words: Iran is not Iraq, and Dar is not Der", () => {
    expect(compare("Iran", "Iraq").score).toBe(0);
    expect(compare("Dar", "Der").score).toBe(0);
  });
});
