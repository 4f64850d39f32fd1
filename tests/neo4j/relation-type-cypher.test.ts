import { describe, expect, it } from "vitest";
import { RELATION_TYPE_NAMES } from "../../src/model/vocabulary.ts";
import { expandUnionsOverTypes, statementsForType } from "../../src/neo4j/relation-type-cypher.ts";

describe("expandUnionsOverTypes", () => {
  const expanded = expandUnionsOverTypes(
    "CALL () {\n{{UNION ALL OVER RELATION TYPES: graphql/dated-relations-of-type}}\n}\nRETURN r",
  );

  it("writes one typed branch per vocabulary type, joined by UNION ALL", () => {
    expect(expanded.split("\nUNION ALL\n")).toHaveLength(RELATION_TYPE_NAMES.length);
    for (const type of ["ACCUSES", "DENIES", "HOLDS_OFFICE_IN", "PROVIDES_HUMANITARIAN_AID"]) {
      expect(expanded).toContain(`MATCH ()-[r:${type}]->()`);
      expect(expanded).toContain(`'${type}' IN types`);
    }
    expect(expanded).not.toContain("{{");
    // The file's comment lines stay out of the statement.
    expect(expanded).not.toContain("//");
    expect(expanded.endsWith("}\nRETURN r")).toBe(true);
  });

  it("leaves text without the placeholder as it is", () => {
    expect(expandUnionsOverTypes("MATCH (a:Actor) RETURN a")).toBe("MATCH (a:Actor) RETURN a");
  });
});

describe("statementsForType", () => {
  it("takes only types of the vocabulary", () => {
    expect(statementsForType("schema/relation-type", "ACCUSES")[0]).toContain("rel_accuses_id");
    expect(() => statementsForType("schema/relation-type", "ACCUSES]->() DETACH DELETE (")).toThrow(
      /not a relation type of the vocabulary/,
    );
  });
});
