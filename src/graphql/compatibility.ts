import type { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { InputError } from "../errors.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";

/** APOC procedures that schema.graphql's statements call, beyond the functions @neo4j/graphql checks itself. */
export const REQUIRED_APOC_PROCEDURES = ["apoc.meta.stats", "apoc.path.spanningTree"] as const;

/** The fulltext index `searchActors` queries, created by cypher/schema.cypher. */
export const ACTOR_NAMES_INDEX = "actorNames";

async function missingPieces(driver: Driver, database: string): Promise<string[]> {
  const problems: string[] = [];
  const procedures = await driver.executeQuery(
    cypherStatement("graphql/available-procedures"),
    { names: REQUIRED_APOC_PROCEDURES },
    { database },
  );
  const found: string[] = procedures.records[0]?.get("found") ?? [];
  const missing = REQUIRED_APOC_PROCEDURES.filter((name) => !found.includes(name));
  if (missing.length > 0) problems.push(`Missing APOC procedures: ${missing.join(", ")}`);

  const index = await driver.executeQuery(
    cypherStatement("graphql/fulltext-index-state"),
    { name: ACTOR_NAMES_INDEX },
    { database },
  );
  const state: string | undefined = index.records[0]?.get("state");
  if (state === undefined) {
    problems.push(
      `Missing the fulltext index "${ACTOR_NAMES_INDEX}": start actorgraph once to apply cypher/schema.cypher`,
    );
  } else if (state !== "ONLINE") {
    problems.push(`The fulltext index "${ACTOR_NAMES_INDEX}" is ${state}, not ONLINE`);
  }
  return problems;
}

/**
 * Fails start-up, with every problem named, unless the database can answer the API's queries: Neo4j 5.23 or
 * later with APOC core (@neo4j/graphql's own check), the APOC procedures and the fulltext index schema.graphql
 * uses.
 */
export async function checkCompatibility(
  neoSchema: Neo4jGraphQL,
  driver: Driver,
  database: string,
): Promise<void> {
  const problems: string[] = [];
  try {
    // First, because the library's check runs in a managed transaction, which the driver retries for half a
    // minute when nothing answers.
    await driver.verifyConnectivity({ database });
    await neoSchema.checkNeo4jCompat({ driver, sessionConfig: { database } });
  } catch (error) {
    const message = (error as Error).message;
    if (!message.startsWith("Encountered the following DBMS")) {
      throw new InputError(`GraphQL API: cannot check Neo4j database "${database}": ${message}`);
    }
    problems.push(...message.split("\n").slice(1));
  }
  problems.push(...(await missingPieces(driver, database)));
  if (problems.length > 0) {
    throw new InputError(
      `GraphQL API: Neo4j database "${database}" cannot serve it; it needs Neo4j 5.23 or later with APOC core:\n${problems
        .map((p) => `  ${p}`)
        .join("\n")}`,
    );
  }
}
