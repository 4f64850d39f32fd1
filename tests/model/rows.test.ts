import { describe, expect, it } from "vitest";
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
    expect(new Set(set)).toEqual(new Set(stored));
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
