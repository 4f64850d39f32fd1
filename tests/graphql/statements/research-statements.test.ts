import { describe, expect, it } from "vitest";
import { RESEARCH_STATEMENTS } from "../../../src/graphql/statements/research-statements.ts";
import { RELATION_TYPE_NAMES } from "../../../src/model/vocabulary.ts";

// The Cypher each research field runs, as Neo4j receives it: a change to a shared part shows here in review, in
// every statement it reaches (`npx vitest run -u` rewrites the snapshots after a deliberate change).
describe("the research statements", () => {
  for (const [coordinate, statement] of Object.entries(RESEARCH_STATEMENTS)) {
    it(`${coordinate} is the reviewed statement`, () => {
      expect(statement).toMatchSnapshot();
    });
  }

  it("read the dated relations of relations and timeline type by type, one indexed branch per vocabulary type", () => {
    for (const coordinate of ["Query.relations", "Query.timeline"]) {
      const statement = RESEARCH_STATEMENTS[coordinate] as string;
      for (const type of RELATION_TYPE_NAMES) expect(statement).toContain(`MATCH ()-[r:${type}]->()`);
      expect(statement.split("UNION ALL")).toHaveLength(RELATION_TYPE_NAMES.length);
    }
  });

  it("test a date range one way everywhere: the interval [dateFrom, dateTo] overlaps [$from, $to]", () => {
    const overlap = "r.dateFrom <= coalesce($to, date('+999999999-12-31'))";
    for (const coordinate of ["Actor.relations", "Query.relations", "Query.timeline"]) {
      expect(RESEARCH_STATEMENTS[coordinate]).toContain(overlap);
      expect(RESEARCH_STATEMENTS[coordinate]).toContain(
        "($from IS NULL OR r.dateTo IS NULL OR r.dateTo >= $from)",
      );
    }
  });
});
