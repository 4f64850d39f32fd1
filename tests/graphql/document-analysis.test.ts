import { type GraphQLSchema, parse, print } from "graphql/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { analyseDocument, createDocumentAnalyses } from "../../src/graphql/document-analysis.ts";
import { edgeRelationsLimit } from "../../src/graphql/edge-details.ts";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-schema.ts";

/** One walk of a document gives the argument checks, the default sort and the edge details what they need. */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createNeo4jGraphQL().getSchema();
});

const QUERY = `query ($limit: Int) {
  actors(limit: $limit) { id }
  timeline(from: "2025-01-01", to: "2025-02-01", cameoRoot: ["04"]) { id }
  neighbourhood(actor: "x", depth: 2) { edges { relations(limit: 4) { id } } }
}`;

describe("analyseDocument", () => {
  it("finds the checked arguments, the sorts to add and an edge's relations in one walk", () => {
    const analysis = analyseDocument(schema, parse(QUERY));
    expect(
      analysis.argumentSites.map((s) => (s.kind === "days" ? `${s.field} from-to` : `${s.field}(${s.name})`)),
    ).toEqual([
      "Query.actors(limit)",
      "Query.timeline from-to",
      "Query.timeline(cameoRoot)",
      "Query.neighbourhood(depth)",
      "GraphEdge.relations(limit)",
    ]);
    expect(print(analysis.sorted)).toContain("actors(limit: $limit, sort: [{id: ASC}])");
    expect(edgeRelationsLimit(analysis.edgeRelationSites, {})).toBe(4);
  });

  it("keeps the document itself when it needs no sort", () => {
    const document = parse('{ neighbourhood(actor: "x") { edges { id } } }');
    const analysis = analyseDocument(schema, document);
    expect(analysis.sorted).toBe(document);
    expect(analysis.edgeRelationSites).toEqual([]);
    expect(analysis.argumentSites).toEqual([]);
  });
});

describe("createDocumentAnalyses", () => {
  it("analyses a document object once", () => {
    const analysisOf = createDocumentAnalyses();
    const document = parse(QUERY);
    const first = analysisOf(schema, document);
    expect(analysisOf(schema, document)).toBe(first);
    // Another parse of the same text is another object; yoga's parse cache is what makes it the same one.
    expect(analysisOf(schema, parse(QUERY))).not.toBe(first);
  });
});
