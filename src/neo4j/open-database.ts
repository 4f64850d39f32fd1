import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { applySchema } from "./apply-schema.ts";
import { checkServerVersion } from "./check-server-version.ts";
import { connectDriver } from "./driver.ts";
import { type RunningNeo4j, startNeo4j } from "./launcher/start-neo4j.ts";

export interface OpenDatabase {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  /** The local server, when this process started or reused it (not when NEO4J_URI points elsewhere). */
  readonly server: RunningNeo4j | null;
  /** Closes the driver, then stops the local server if this process started it. */
  close(): Promise<void>;
}

/**
 * The database actorgraph works on: the one NEO4J_URI names (Aura, a cluster, a team server), or else the
 * project's own local Neo4j, started (or reused) by the launcher. The schema is applied before it is handed out.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  /** Extra neo4j.conf lines for the local server (Browser settings); unused with NEO4J_URI. */
  extraConf: readonly string[] = [],
): Promise<OpenDatabase> {
  let server: RunningNeo4j | null = null;
  let uri = config.neo4jUri;
  if (uri === undefined) {
    server = await startNeo4j({ ...config.localNeo4j, password: config.neo4jPassword, extraConf }, log);
    uri = server.boltUri;
  }
  let driver: Driver | undefined;
  try {
    driver = await connectDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
    await checkServerVersion(driver, uri);
    await applySchema(driver, config.neo4jDatabase);
  } catch (error) {
    await driver?.close();
    await server?.stop();
    throw error;
  }
  const open = driver;
  return {
    driver: open,
    database: config.neo4jDatabase,
    uri,
    server,
    close: async () => {
      await open.close();
      await server?.stop();
    },
  };
}
