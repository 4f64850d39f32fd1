import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { edgeRelationsLimitOf } from "../../src/graphql/edge-details.ts";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-schema.ts";
import { SEED_ARTICLE_ID } from "../helpers/database.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useCountingGraphqlYoga } from "./helpers/graphql-yoga.ts";

const DAR_VISIT = `${SEED_ARTICLE_ID}:dar-plans-kabul-visit`;

describe("edgeRelationsLimitOf", async () => {
  const schema = await createNeo4jGraphQL().getSchema();
  const limit = (query: string, variables: Record<string, unknown> = {}) =>
    edgeRelationsLimitOf(schema, parse(query), variables);

  it("sees GraphEdge.relations however it is asked for, with its limit or the default", () => {
    expect(limit('{ neighbourhood(actor: "x") { edges { relations { id } } } }')).toBe(20);
    expect(limit('{ neighbourhood(actor: "x") { edges { details: relations(limit: 3) { id } } } }')).toBe(3);
    expect(
      limit(
        `query($n: Int!) { neighbourhood(actor: "x") { ...g } }
        fragment g on Graph { edges { ... on GraphEdge { relations(limit: $n) { status } } } }`,
        { n: 7 },
      ),
    ).toBe(7);
    expect(
      limit(
        '{ neighbourhood(actor: "x") { edges { a: relations(limit: 2) { id } b: relations(limit: 5) { id } } } }',
      ),
    ).toBe(5);
  });

  it("is 0 for a drawing's fields, and for relations outside a neighbourhood", () => {
    expect(limit('{ neighbourhood(actor: "x") { edges { id source target count hostile dateFrom } } }')).toBe(
      0,
    );
    expect(
      limit(
        '{ relations { id } shortestPaths(from: "a", to: "b") { relations { id } } relationTypes { type } }',
      ),
    ).toBe(0);
    expect(limit('{ neighbourhood(actor: "x") { edges { relations: id } } }')).toBe(0);
  });
});

describe("neighbourhood edges through the API", () => {
  const app = useCountingGraphqlYoga();
  const log = () => app.log();
  const lastParameters = () => log().parameters.at(-1) as Record<string, unknown>;

  it("carry each pair's counts and dates without reading its relations", async () => {
    const { neighbourhood } = dataOf(
      await postGraphql(
        app.yoga(),
        '{ neighbourhood(actor: "ishaq-dar") { edges { id source target count articles dateFrom cooperative hostile structural } } }',
      ),
    );
    expect(Number(lastParameters().edgeRelations)).toBe(0);
    expect(neighbourhood.edges).toContainEqual({
      id: "ishaq-dar>taliban-government",
      source: "ishaq-dar",
      target: "taliban-government",
      count: 1,
      articles: 1,
      dateFrom: "2025-04-17",
      cooperative: 1,
      hostile: 0,
      structural: 0,
    });
  });

  it("read the pair's relations, with the article's words, when they are asked for", async () => {
    const { neighbourhood } = dataOf(
      await postGraphql(
        app.yoga(),
        `{ neighbourhood(actor: "ishaq-dar") { edges { id details: relations(limit: 1) { id status evidence { quote } } } } }`,
      ),
    );
    expect(Number(lastParameters().edgeRelations)).toBe(1);
    expect(neighbourhood.edges).toContainEqual({
      id: "ishaq-dar>taliban-government",
      details: [
        {
          id: DAR_VISIT,
          status: "planned",
          evidence: { quote: "Ishaq Dar said on Thursday that he will visit Kabul in the coming days" },
        },
      ],
    });
  });
});
