import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { applySchema } from "./apply-schema.ts";
import { checkServerVersion } from "./check-server-version.ts";
import { connectDriver } from "./driver.ts";
import { freePort } from "./launcher/probe-port.ts";
import { type RunningNeo4j, startNeo4j } from "./launcher/start-neo4j.ts";

/** A Neo4j somebody else runs (Aura, a cluster, a team server, a test database named by NEO4J_TEST_URI). */
export interface RemoteNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** The project's own Neo4j, started by the launcher (or reused, when `reuse` allows it). */
export interface LocalNeo4j {
  /** The Neo4j home, or `{ temporary: prefix }`: a new directory under the OS's temp dir, deleted on close. */
  readonly home: string | { readonly temporary: string };
  /** Chosen free for this start when not given. */
  readonly boltPort?: number;
  readonly httpPort?: number;
  readonly password: string;
  readonly heap: string;
  readonly pageCache: string;
  /** Extra neo4j.conf lines (Browser settings). */
  readonly extraConf?: readonly string[];
  /**
   * false: refuse a Neo4j already on the Bolt port instead of using it. A throwaway server (tests, benchmark,
   * Browser check) must be this run's own: reusing another run's would let the two wipe each other's data.
   */
  readonly reuse?: boolean;
}

export type LocalTarget = { readonly local: LocalNeo4j; readonly database: string };
export type DatabaseTarget = LocalTarget | (RemoteNeo4j & { readonly database: string });

export interface OpenDatabase {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The local server, when this process started or reused it (not for a remote database). */
  readonly server: RunningNeo4j | null;
  /** The local server's home (a temporary one is deleted on close). */
  readonly home: string | null;
  /** Closes the driver, then stops the local server if this process started it and deletes a temporary home. */
  close(): Promise<void>;
}

/** What the configuration names: NEO4J_URI's database, or else the project's own local Neo4j. */
export function configuredDatabase(config: Config, extraConf: readonly string[] = []): DatabaseTarget {
  const database = config.neo4jDatabase;
  if (config.neo4jUri !== undefined) {
    return { uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword, database };
  }
  return { local: { ...config.localNeo4j, password: config.neo4jPassword, extraConf }, database };
}

export interface OpenOptions {
  /** Progress lines (the launcher's). */
  readonly log?: (line: string) => void;
  /** false: leave the schema to the caller (the benchmark times building it after an offline import). */
  readonly schema?: boolean;
}

/**
 * The one way to a database: start the local Neo4j if the target is one (else connect to the URI), connect,
 * check the server's version, apply the schema.
 * Whatever it started is stopped again if a later step fails.
 */
export async function openDatabase(
  target: LocalTarget,
  options?: OpenOptions,
): Promise<OpenDatabase & { readonly server: RunningNeo4j; readonly home: string }>;
export async function openDatabase(target: DatabaseTarget, options?: OpenOptions): Promise<OpenDatabase>;
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<OpenDatabase> {
  const { log = console.log, schema = true } = options;
  const cleanups: (() => Promise<void>)[] = [];
  // Last opened, first closed; spliced, so a second close does nothing.
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    let server: RunningNeo4j | null = null;
    let dir: string | null = null;
    let login: RemoteNeo4j;
    if ("local" in target) {
      const { home, reuse, ...local } = target.local;
      if (typeof home === "string") dir = home;
      else {
        const made = await mkdtemp(join(tmpdir(), home.temporary));
        cleanups.push(() => rm(made, { recursive: true, force: true }));
        dir = made;
      }
      const started = await startNeo4j(
        {
          ...local,
          home: dir,
          boltPort: local.boltPort ?? (await freePort()),
          httpPort: local.httpPort ?? (await freePort()),
        },
        log,
        { reuse },
      );
      cleanups.push(() => started.stop());
      server = started;
      login = { uri: started.boltUri, user: started.user, password: started.password };
    } else {
      login = target;
    }
    const driver = await connectDriver(login);
    cleanups.push(() => driver.close());
    await checkServerVersion(driver, login.uri);
    if (schema) await applySchema(driver, target.database);
    return { ...login, driver, database: target.database, server, home: dir, close: cleanUp };
  } catch (error) {
    await cleanUp().catch((e: unknown) => log(`cleaning up after a failed start failed too: ${e}`));
    throw error;
  }
}
