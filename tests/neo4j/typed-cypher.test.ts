import { describe, expect, it } from "vitest";
import { RELATION_TYPE_NAMES } from "../../src/model/vocabulary.ts";
import {
  anyRelationType,
  articleRelations,
  checkedType,
  relationTypeSchema,
  typesOfPlover,
  unionOverTypes,
} from "../../src/neo4j/typed-cypher.ts";

describe("Cypher that names relation types", () => {
  it("takes types only from the vocabulary", () => {
    expect(checkedType("ACCUSES")).toBe("ACCUSES");
    expect(() => checkedType("ACCUSES]->() DETACH DELETE (")).toThrow(
      /not a relation type of the vocabulary/,
    );
    expect(() => checkedType("accuses")).toThrow(/not a relation type/);
  });

  it("writes one branch per type, joined by UNION ALL", () => {
    const union = unionOverTypes((t) => `MATCH ()-[r:${t}]->() RETURN r`);
    expect(union.split("\nUNION ALL\n")).toHaveLength(RELATION_TYPE_NAMES.length);
    expect(union).toContain("MATCH ()-[r:HARBOURS]->() RETURN r");
  });

  it("finds an article's relations through every type's articleId index", () => {
    expect(articleRelations("DELETE r")).toBe(
      `MATCH ()-[r:${anyRelationType()}]->()\nWHERE r.articleId = $articleId\nDELETE r`,
    );
    expect(anyRelationType()).toMatch(/^DENIES\|APPEALS_TO\|.*\|REGISTERED_BY$/);
  });

  it("names the types of a PLOVER type, for claims and their denials", () => {
    expect(typesOfPlover("ACCUSE")).toBe("CRITICIZES|ACCUSES");
    expect(typesOfPlover("REJECT").split("|")).toContain("DENIES");
    expect(() => typesOfPlover("RETREAT")).toThrow(
      /no relation type of the vocabulary has the PLOVER type RETREAT/,
    );
  });

  it("gives each type a unique id and the indexes the loader and the API read", () => {
    expect(relationTypeSchema("EXPELS")).toEqual([
      "CREATE CONSTRAINT rel_expels_id IF NOT EXISTS FOR ()-[r:EXPELS]-() REQUIRE r.id IS UNIQUE",
      "CREATE INDEX rel_expels_article IF NOT EXISTS FOR ()-[r:EXPELS]-() ON (r.articleId)",
      "CREATE INDEX rel_expels_date IF NOT EXISTS FOR ()-[r:EXPELS]-() ON (r.dateFrom)",
      "CREATE INDEX rel_expels_status IF NOT EXISTS FOR ()-[r:EXPELS]-() ON (r.status)",
    ]);
  });
});
