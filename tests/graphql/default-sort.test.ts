import { type GraphQLSchema, parse, print, TypeInfo } from "graphql/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { withDefaultSort } from "../../src/graphql/default-sort.ts";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-schema.ts";

/** Generated lists get a stable order unless the query orders them itself. */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createNeo4jGraphQL().getSchema();
});
const sorted = (query: string) =>
  print(withDefaultSort(parse(query), new TypeInfo(schema))).replace(/\s+/g, " ");

describe("the default sort", () => {
  it("orders the generated lists by id", () => {
    expect(sorted("{ actors(limit: 5) { id } }")).toBe("{ actors(limit: 5, sort: [{id: ASC}]) { id } }");
  });

  it("orders connections by their nodes' id, at any depth", () => {
    expect(sorted("{ articles { actorsConnection { edges { node { id } } } } }")).toBe(
      "{ articles(sort: [{id: ASC}]) { actorsConnection(sort: [{node: {id: ASC}}]) { edges { node { id } } } } }",
    );
  });

  it("orders lists inside fragments", () => {
    expect(
      sorted('{ article(id: "a") { ...mentions } } fragment mentions on Article { actors { id } }'),
    ).toContain("actors(sort: [{id: ASC}])");
  });

  it("leaves a query's own sort alone", () => {
    const query = "{ actors(sort: [{name: DESC}]) { id } }";
    expect(withDefaultSort(parse(query), new TypeInfo(schema))).toEqual(parse(query));
  });

  it("leaves the research fields, which order their own results, alone", () => {
    const query = '{ actor(id: "ttp") { relations { id } } timeline { id } }';
    const document = parse(query);
    expect(withDefaultSort(document, new TypeInfo(schema))).toBe(document);
  });
});
