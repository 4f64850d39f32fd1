import { describe, expect, it } from "vitest";
import { cypherStatement, cypherStatements } from "../../src/neo4j/cypher-files.ts";

describe("statements read from cypher/", () => {
  it("drop the comment lines that explain them", () => {
    const statement = cypherStatements("schema");
    expect(statement[0]).toBe(
      "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    );
    expect(statement.join("\n")).not.toContain("//");
  });

  it("split a schema file into its statements", () => {
    const statements = cypherStatements("schema");
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) expect(s).toMatch(/^(CREATE|CALL)/);
  });

  it("name the file they cannot find, and refuse several statements where one is expected", () => {
    expect(() => cypherStatement("graphql/no-such-part")).toThrow(/no-such-part\.cypher/);
    expect(() => cypherStatement("schema")).toThrow(/must hold exactly one statement/);
  });
});
