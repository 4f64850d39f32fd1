import { describe, expect, it } from "vitest";
import { includeCypherFiles } from "../../src/neo4j/cypher-files.ts";

describe("includeCypherFiles", () => {
  it("writes a shared part in place, without its comments", () => {
    const text = includeCypherFiles("CALL () {\n{{INCLUDE: graphql/undated-relations}}\n}");
    expect(text).toContain("WHERE r.dateFrom IS NULL");
    expect(text).toContain("RETURN elementId(r) AS undatedId\n}");
    expect(text).not.toContain("//");
    expect(text).not.toContain("{{");
  });

  it("names the file it cannot find", () => {
    expect(() => includeCypherFiles("{{INCLUDE: graphql/no-such-part}}")).toThrow(/no-such-part\.cypher/);
  });
});
