import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { selectsEdgeRelation } from "../../src/graphql/edge-details.ts";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-schema.ts";
import { SEED_ARTICLE_ID } from "../helpers/database.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useCountingGraphqlYoga } from "./helpers/graphql-yoga.ts";

const DAR_VISIT = `${SEED_ARTICLE_ID}:dar-plans-kabul-visit`;

describe("selectsEdgeRelation", async () => {
  const schema = await createNeo4jGraphQL().getSchema();
  const selects = (query: string) => selectsEdgeRelation(schema, parse(query));

  it("sees GraphEdge.relation however it is asked for", () => {
    expect(selects('{ neighbourhood(actor: "x") { edges { relation { id } } } }')).toBe(true);
    expect(selects('{ neighbourhood(actor: "x") { edges { details: relation { id } } } }')).toBe(true);
    expect(
      selects(`{ neighbourhood(actor: "x") { ...g } }
        fragment g on Graph { edges { ... on GraphEdge { relation { status } } } }`),
    ).toBe(true);
  });

  it("is false for a drawing's fields, and for relations outside a neighbourhood", () => {
    expect(selects('{ neighbourhood(actor: "x") { edges { id type source target status date } } }')).toBe(
      false,
    );
    expect(
      selects(
        '{ relations { id } shortestPaths(from: "a", to: "b") { relations { id } } relationTypes { type } }',
      ),
    ).toBe(false);
    expect(selects('{ neighbourhood(actor: "x") { edges { relation: id } } }')).toBe(false);
  });
});

describe("neighbourhood edges through the API", () => {
  const app = useCountingGraphqlYoga();
  const log = () => app.log();
  const lastParameters = () => log().parameters.at(-1) as Record<string, unknown>;

  it("carry status, date and attribution without building the relations", async () => {
    const { neighbourhood } = dataOf(
      await postGraphql(
        app.yoga(),
        '{ neighbourhood(actor: "ishaq-dar") { edges { id status date attributedTo } } }',
      ),
    );
    expect(lastParameters().edgeRelations).toBe(false);
    expect(neighbourhood.edges).toContainEqual({
      id: DAR_VISIT,
      status: "planned",
      date: "2025-04-17/..",
      attributedTo: "ishaq-dar",
    });
  });

  it("build the relation, with the article's words, when it is asked for", async () => {
    const { neighbourhood } = dataOf(
      await postGraphql(
        app.yoga(),
        `{ neighbourhood(actor: "ishaq-dar") { edges { id details: relation { status evidence { quote } } } } }`,
      ),
    );
    expect(lastParameters().edgeRelations).toBe(true);
    expect(neighbourhood.edges).toContainEqual({
      id: DAR_VISIT,
      details: {
        status: "planned",
        evidence: { quote: "Ishaq Dar said on Thursday that he will visit Kabul in the coming days" },
      },
    });
  });
});
