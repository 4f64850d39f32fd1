import { type Driver, int } from "neo4j-driver";
import { RELATION_TYPE_NAMES } from "../model/vocabulary.ts";
import { cypherStatements } from "./cypher-files.ts";
import { relationTypeSchema } from "./typed-cypher.ts";

/**
 * Applies `cypher/schema.cypher` and each relation type's constraints and indexes. Idempotent. Waits until the
 * indexes are online so the first queries after start-up can use them.
 *
 * All in one transaction: Neo4j populates the indexes created by one transaction together, in one pass over the
 * store, where one transaction each starts a pass per index (after an offline import of a large corpus, ~150).
 */
export async function applySchema(driver: Driver, database: string, awaitSeconds = 300): Promise<number> {
  const statements = [...cypherStatements("schema"), ...RELATION_TYPE_NAMES.flatMap(relationTypeSchema)];
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
  await driver.executeQuery(
    "CALL db.awaitIndexes($awaitSeconds)",
    { awaitSeconds: int(awaitSeconds) },
    { database },
  );
  return statements.length;
}
