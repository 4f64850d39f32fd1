import { getIntrospectionQuery } from "graphql/index.js";
import { describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../src/graphql/limits.ts";
import { dataOf, onlyError, postGraphql } from "./helpers/graphql-request.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** A query over a limit is refused before it reaches Neo4j, by an error that says which limit. */

const app = useGraphqlYoga();

const refusal = async (query: string) => {
  const response = await postGraphql(app.yoga(), query);
  expect(response.status).toBe(400);
  return onlyError(response);
};

describe("query limits", () => {
  it("refuses a query nested deeper than maxDepth", async () => {
    const error = await refusal(
      "{ actors { articles { actors { articles { actors { articles { actors { id } } } } } } } }",
    );
    expect(error.message).toBe(`Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found 8.`);
    expect(error.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "maxDepth",
      max: QUERY_LIMITS.maxDepth,
    });
  });

  it("refuses a query costlier than maxCost: connections of connections of 100", async () => {
    const error = await refusal(
      "{ articlesConnection(first: 100) { edges { node { actorsConnection(first: 100) { edges { node { id } } } } } } }",
    );
    expect(error.message).toMatch(
      new RegExp(`^Query Cost limit of ${QUERY_LIMITS.maxCost} exceeded, found \\d+`),
    );
    expect(error.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "maxCost",
      max: QUERY_LIMITS.maxCost,
    });
  });

  it("refuses more aliases than maxAliases", async () => {
    const fields = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: graphStats { labels { label } }`,
    );
    const error = await refusal(`{ ${fields.join(" ")} }`);
    expect(error.message).toBe(
      `Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}.`,
    );
    expect(error.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "maxAliases" });
  });

  it("refuses a document of more tokens than maxTokens", async () => {
    const error = await refusal(`{ actors { ${"id ".repeat(QUERY_LIMITS.maxTokens)}} }`);
    expect(error.message).toBe(`Token limit of ${QUERY_LIMITS.maxTokens} exceeded.`);
    expect(error.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "maxTokens" });
  });

  it("refuses more directives than maxDirectives", async () => {
    const error = await refusal(
      `{ actors { ${"id @include(if: true) ".repeat(QUERY_LIMITS.maxDirectives + 1)}} }`,
    );
    expect(error.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit: "maxDirectives" });
  });

  it("lets GraphiQL's introspection through", async () => {
    const { __schema } = dataOf(await postGraphql(app.yoga(), getIntrospectionQuery({ descriptions: true })));
    expect(__schema.queryType.name).toBe("Query");
    expect(__schema.mutationType).toBeNull();
  });
});
