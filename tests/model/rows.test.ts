import { describe, expect, it } from "vitest";
import { MACHINE_MARK } from "../../src/browser/grass-style.ts";
import {
  ACTOR_FIELDS,
  absentAsNull,
  fieldNames,
  RELATION_FIELDS,
  relationRowSchema,
} from "../../src/model/rows.ts";
import { cypherStatement } from "../../src/neo4j/cypher-files.ts";

describe("the relation field table", () => {
  it("is what the loader stores: every field but the ends and the type is a property it sets", () => {
    const set = [...cypherStatement("loader/create-relations").matchAll(/\br\.(\w+) = /g)].map((m) => m[1]);
    const stored = fieldNames(RELATION_FIELDS).filter((f) => !["source", "target", "type"].includes(f));
    // Besides the fields, only Browser's caption mark, made from coder and confidence (grass-style.ts).
    expect(new Set(set)).toEqual(new Set([...stored, MACHINE_MARK]));
  });

  it("refuses a type outside the vocabulary, and fills what Neo4j left out with null", () => {
    const stored = {
      id: "a:r",
      articleId: "a",
      source: "x",
      type: "VISITS",
      target: "y",
      category: "event",
      status: "asserted",
      evidence: "went to",
      start: 4,
      end: 11,
      evidenceSource: "body",
      cameo: "042",
    };
    const row = absentAsNull(relationRowSchema).parse(stored);
    expect(row).toMatchObject({ cameo: "042", date: null, quantity: null, note: null, attributedTo: null });
    expect(Object.keys(row)).toEqual(fieldNames(RELATION_FIELDS));
    const wrong = absentAsNull(relationRowSchema).safeParse({ ...stored, type: "NOT_A_TYPE" });
    expect(wrong.error?.issues.map((i) => i.path.join("."))).toEqual(["type"]);
  });

  it("reads a relation stored before machine coding as a human's, and a machine's only with its confidence", () => {
    const stored = {
      id: "a:r",
      articleId: "a",
      source: "x",
      type: "ACCUSES",
      target: "y",
      category: "event",
      status: "alleged",
      evidence: "accused",
      start: 0,
      end: 7,
      evidenceSource: "body",
    };
    const rows = absentAsNull(relationRowSchema);
    expect(rows.parse(stored)).toMatchObject({ coder: "human", confidence: null });
    expect(rows.parse({ ...stored, coder: "machine", confidence: 0.72 })).toMatchObject({
      coder: "machine",
      confidence: 0.72,
    });
    const issues = (value: object) =>
      rows.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues({ ...stored, coder: "machine" })).toEqual([
      "confidence: a machine-coded relation needs a confidence",
    ]);
    expect(issues({ ...stored, confidence: 0.5 })).toEqual([
      "confidence: only a machine-coded relation has a confidence",
    ]);
    expect(issues({ ...stored, coder: "machine", confidence: 1.5 })?.[0]).toMatch(/^confidence: /);
  });

  it("lists an actor's fields in the order every export writes them", () => {
    expect(fieldNames(ACTOR_FIELDS)).toEqual([
      "id",
      "kind",
      "name",
      "aliases",
      "description",
      "sector",
      "country",
      "wikidata",
      "distinctFrom",
    ]);
  });
});
