import type { Driver } from "neo4j-driver";
import { RELATION_TYPE_NAMES } from "../model/vocabulary.ts";
import { cypherStatements } from "./cypher-files.ts";
import { relationTypeSchema } from "./typed-cypher.ts";

/**
 * Applies `cypher/schema.cypher` and each relation type's constraints and indexes. Idempotent. Waits until the
 * indexes are online so the first queries after start-up can use them.
 */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = [...cypherStatements("schema"), ...RELATION_TYPE_NAMES.flatMap(relationTypeSchema)];
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  return statements.length;
}
