import { type Config, readConfig } from "../config.ts";
import { configuredDatabase, type OpenDatabase, openDatabase } from "../neo4j/open-database.ts";

/**
 * Runs one command against the configured database (NEO4J_URI, or the local Neo4j, started for the command if it
 * is not running and stopped afterwards). Progress goes to stderr so stdout stays clean for exports.
 */
export async function withDatabase<T>(work: (db: OpenDatabase, config: Config) => Promise<T>): Promise<T> {
  const config = readConfig();
  const db = await openDatabase(configuredDatabase(config), { log: (line) => console.error(line) });
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}
