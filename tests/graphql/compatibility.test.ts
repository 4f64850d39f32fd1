import { createServer } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { ACTOR_NAMES_INDEX } from "../../src/graphql/compatibility.ts";
import { createGraphqlYoga } from "../../src/graphql/create-yoga.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { testGraphqlOptions } from "./helpers/graphql-yoga.ts";

/** Start-up refuses a database the API cannot serve, and says why. */

const db = useTestDatabase({ seed: true });
const options = () => testGraphqlOptions(db);

afterAll(async () => {
  await applySchema(db.driver(), db.database);
});

describe("the start-up check", () => {
  it("passes on the test database: Neo4j 5.26 with APOC core and the schema applied", async () => {
    await expect(createGraphqlYoga(options())).resolves.toBeDefined();
  });

  it("names the missing fulltext index that searchActors needs", async () => {
    await db.driver().executeQuery(`DROP INDEX ${ACTOR_NAMES_INDEX}`, {}, { database: db.database });
    await expect(createGraphqlYoga(options())).rejects.toThrow(
      `GraphQL API: Neo4j database "neo4j" cannot serve it; it needs Neo4j 5.23 or later with APOC core:\n  Missing the fulltext index "${ACTOR_NAMES_INDEX}": start actorgraph once to apply cypher/schema.cypher`,
    );
  });

  it("says which database it cannot reach", async () => {
    const closed = createServer();
    const port = await new Promise<number>((resolve) =>
      closed.listen(0, "127.0.0.1", () => resolve((closed.address() as { port: number }).port)),
    );
    await new Promise((resolve) => closed.close(resolve));
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", "unused"));
    try {
      await expect(createGraphqlYoga({ ...options(), driver })).rejects.toThrow(
        /^GraphQL API: cannot check Neo4j database "neo4j": Failed to connect to server/,
      );
    } finally {
      await driver.close();
    }
  });
});
