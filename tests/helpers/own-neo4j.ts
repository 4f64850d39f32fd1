import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { connectDriver } from "../../src/neo4j/driver.ts";
import { freePort } from "../../src/neo4j/launcher/probe-port.ts";
import { type RunningNeo4j, startNeo4j } from "../../src/neo4j/launcher/start-neo4j.ts";

export interface OwnNeo4j {
  readonly home: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly password: string;
  readonly server: RunningNeo4j;
}

/** Settings of a throwaway server: a new temporary home, ports free now. */
export async function ownNeo4jSettings(prefix: string) {
  return {
    home: await mkdtemp(join(tmpdir(), `actorgraph-${prefix}-`)),
    boltPort: await freePort(),
    httpPort: await freePort(),
    password: "own-neo4j-test",
    heap: "512m",
    pageCache: "128m",
  };
}

/**
 * The environment of an actorgraph process (CLI, npm start) that uses the local Neo4j of `settings`, not the
 * run's test database.
 */
export function localNeo4jEnv(settings: OwnSettings, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NEO4J_URI: _theLocalServer, ...env } = process.env;
  return {
    ...env,
    ACTORGRAPH_NEO4J_HOME: settings.home,
    NEO4J_BOLT_PORT: String(settings.boltPort),
    NEO4J_HTTP_PORT: String(settings.httpPort),
    NEO4J_PASSWORD: settings.password,
    NEO4J_HEAP: settings.heap,
    NEO4J_PAGECACHE: settings.pageCache,
    ...extra,
  };
}

type OwnSettings = Awaited<ReturnType<typeof ownNeo4jSettings>>;

/**
 * The local Neo4j of `settings`, started and stopped by the test itself, for tests that hand it over to the CLI
 * in between (backup, restore, offline import need it stopped).
 */
export class StartStopNeo4j {
  server: RunningNeo4j | undefined;
  driver: Driver | undefined;
  constructor(private readonly settings: OwnSettings) {}

  async open(): Promise<Driver> {
    this.server = await startNeo4j(this.settings, () => {}, { reuse: false });
    const { boltUri: uri, user, password } = this.server;
    this.driver = await connectDriver({ uri, user, password });
    return this.driver;
  }

  async close(): Promise<void> {
    await this.driver?.close();
    await this.server?.stop();
    this.driver = undefined;
    this.server = undefined;
  }
}

/**
 * A Neo4j of this test file's own, started before its tests and stopped (its home deleted) after: for tests
 * that freeze, stop or restore the server, which must not disturb the test database every other file shares.
 */
export function useOwnNeo4j(prefix: string): () => OwnNeo4j {
  let own: OwnNeo4j | undefined;
  beforeAll(async () => {
    const settings = await ownNeo4jSettings(prefix);
    const server = await startNeo4j(settings, () => {}, { reuse: false });
    own = { ...settings, server };
  });
  afterAll(async () => {
    await own?.server.stop();
    if (own) await rm(own.home, { recursive: true, force: true });
  });
  return () => {
    if (!own) throw new Error("this file's Neo4j is not started yet (use it inside a test or hook)");
    return own;
  };
}
