import { Neo4jGraphQL } from "@neo4j/graphql";
import { execute, type GraphQLSchema, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestContext } from "../../src/graphql/neo4j-schema.ts";
import { useTestDatabase } from "../helpers/database.ts";

/**
 * The API's requests run in READ transactions, so Neo4j itself refuses a write. The schema here adds what
 * actorgraph's never has, a writing `@cypher` query and mutation, and runs them with the API's request context.
 */

const db = useTestDatabase();
const WRITE = "CREATE (:ReadOnlyProbe {note: 'written through the API path'}) RETURN 1 AS one";
let schema: GraphQLSchema;

const probes = async () =>
  (
    await db
      .driver()
      .executeQuery("MATCH (p:ReadOnlyProbe) RETURN count(p) AS n", {}, { database: db.database })
  ).records[0]?.get("n");

beforeAll(async () => {
  const typeDefs = `
    type Probe @node { id: ID! }
    type Query { writeInQuery: Int @cypher(statement: "${WRITE}", columnName: "one") }
    type Mutation { writeInMutation: Int @cypher(statement: "${WRITE}", columnName: "one") }
  `;
  schema = await new Neo4jGraphQL({ typeDefs, driver: db.driver() }).getSchema();
});
afterAll(async () => {
  await db.driver().executeQuery("MATCH (p:ReadOnlyProbe) DELETE p", {}, { database: db.database });
});

const run = (
  document: string,
  executionContext = requestContext({ ...db, driver: db.driver(), queryTimeoutMs: 10_000 }),
) => execute({ schema, document: parse(document), contextValue: executionContext });

describe("a write through the API's request context", () => {
  it("fails in a query, refused by Neo4j for the READ access mode", async () => {
    const result = await run("{ writeInQuery }");
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
    expect(await probes()).toBe(0);
  });

  it("fails in a mutation, which the library would run as a write transaction", async () => {
    const result = await run("mutation { writeInMutation }");
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
    expect(await probes()).toBe(0);
  });

  it("succeeds with the plain driver, so the refusal above is the READ mode's doing", async () => {
    const plain = {
      ...requestContext({ ...db, driver: db.driver(), queryTimeoutMs: 10_000 }),
      executionContext: db.driver(),
    };
    const result = await run("mutation { writeInMutation }", plain);
    expect(result.errors).toBeUndefined();
    expect(await probes()).toBe(1);
  });
});
