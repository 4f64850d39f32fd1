import { describe, expect, it } from "vitest";
import type { AnnotatedRelation } from "../../../src/annotation/annotation-schema.ts";
import { Problems } from "../../../src/validation/problems.ts";
import { headlineSpans, locateRelations } from "../../../src/validation/rules/relations.ts";

// Fictional: a body sentence and a related headline printed inside the article.
const text = "Valdor expelled 3,000 traders from Kessia. Related: Valdor expelled 3,000 traders, says envoy";
const relation = (extra: Partial<AnnotatedRelation> = {}): AnnotatedRelation => ({
  id: "expels",
  type: "EXPELS",
  source: "valdor",
  target: "traders",
  evidence: "Valdor expelled 3,000 traders from Kessia.",
  status: "asserted",
  ...extra,
});
const declared = new Set(["valdor", "traders"]);

describe("relations against the article", () => {
  it("places the evidence and tells the body from a related headline", () => {
    const problems = new Problems("f.yaml");
    const headlines = headlineSpans(["Valdor expelled 3,000 traders, says envoy"], text, problems);
    const located = locateRelations(
      [relation(), relation({ id: "headline", evidence: "Valdor expelled 3,000 traders, says envoy" })],
      text,
      headlines,
      declared,
      problems,
    );
    expect(problems.list).toEqual([]);
    expect(located.map((l) => [l.start, l.end, l.evidenceSource, l.definition.cameo])).toEqual([
      [0, 42, "body", "174"],
      [52, 93, "related-headline", "174"],
    ]);
  });

  it("reports every problem of a relation: ids, actors, office, quote, quantity", () => {
    const problems = new Problems("f.yaml");
    const located = locateRelations(
      [
        relation(),
        relation({
          target: "valdor",
          attributedTo: "envoy",
          quantity: { value: 3000, text: "three thousand" },
        }),
        relation({ id: "office", type: "HOLDS_OFFICE_IN", evidence: "Valdor expelled" }),
      ],
      text,
      [],
      declared,
      problems,
    );
    expect(located.map((l) => l.index)).toEqual([0, 1]);
    expect(problems.list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'relations[1].id: duplicate relation id "expels"',
      'relations[1].attributedTo: unknown actor id "envoy"',
      "relations[1].target: a relation needs two different actors",
      'relations[1].quantity.text: "three thousand" is not part of the evidence quote',
      "relations[2].role: HOLDS_OFFICE_IN needs the office as `role`",
      'relations[2].evidence: quote occurs 2 times in the article; add `occurrence` (1 to 2): "Valdor expelled": ' +
        "1 at 0 «Valdor expelled 3,000 traders from …»; 2 at 52 «…om Kessia. Related: Valdor expelled 3,000 traders, says…»",
    ]);
  });
});
