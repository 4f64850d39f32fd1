import { describe, expect, it } from "vitest";
import { parseVerbPatterns, verbPatterns } from "../../src/extract/verb-patterns.ts";
import { isRelationType } from "../../src/model/vocabulary.ts";

describe("the verb patterns file", () => {
  it("loads, every pattern coding a type of the vocabulary", () => {
    const { patterns, byLemma } = verbPatterns();
    expect(patterns.length).toBeGreaterThan(30);
    expect(patterns.every((p) => isRelationType(p.type))).toBe(true);
    expect(byLemma.get("expel")?.map((p) => p.name)).toEqual(["expel"]);
    expect(byLemma.get("visit")?.[0]).toMatchObject({
      type: "VISITS",
      planned: "PLANS_VISIT",
      targetRole: "place",
    });
  });

  it("names the file and the entry of a bad pattern", () => {
    const good = verbPatterns();
    const lexicon = JSON.stringify(good.lexicon);
    const text = `patterns:\n  - { name: ok, type: EXPELS, lemmas: [expel], confidence: 0.5 }\n  - { name: shout, type: SHOUTS_AT, lemmas: [shout], confidence: 2 }\nlexicon: ${lexicon}\n`;
    expect(() => parseVerbPatterns(text, "patterns.yaml")).toThrow(
      /patterns\.yaml: patterns\[1\] \(shout\)\.type: unknown relation type "SHOUTS_AT"\npatterns\.yaml: patterns\[1\] \(shout\)\.confidence/,
    );
  });

  it("refuses a name used twice", () => {
    const lexicon = JSON.stringify(verbPatterns().lexicon);
    const p = "  - { name: twice, type: EXPELS, lemmas: [expel], confidence: 0.5 }\n";
    expect(() => parseVerbPatterns(`patterns:\n${p}${p}lexicon: ${lexicon}\n`, "p.yaml")).toThrow(
      "p.yaml: patterns[1] (twice): the name is used twice",
    );
  });
});
