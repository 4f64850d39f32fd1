import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../src/neo4j/launcher/probe-port.ts";
import { startNeo4j } from "../src/neo4j/launcher/start-neo4j.ts";
import { TEST_NEO4J } from "./test-neo4j-settings.ts";

export interface TestDatabase {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** The Browser URL, when the test database is the launcher's own (not NEO4J_TEST_URI). */
  readonly browserUrl: string | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

/**
 * Starts a throwaway Neo4j from the project's own launcher, in a temporary home on ports chosen free for this
 * run, unless NEO4J_TEST_URI names a database to use instead. It never reuses a running server, so two test
 * runs on one machine (two clones, or CI beside a developer) each have their own. Tests delete what is in it:
 * never point NEO4J_TEST_URI at real data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    project.provide("testDatabase", {
      uri,
      user: process.env.NEO4J_TEST_USER ?? "neo4j",
      password: process.env.NEO4J_TEST_PASSWORD ?? TEST_NEO4J.password,
      database: process.env.NEO4J_TEST_DATABASE ?? "neo4j",
      browserUrl: null,
    });
    return async () => {};
  }
  const home = await mkdtemp(join(tmpdir(), "actorgraph-test-neo4j-"));
  const server = await startNeo4j(
    { home, ...TEST_NEO4J, boltPort: await freePort(), httpPort: await freePort() },
    (line) => console.log(`[test neo4j] ${line}`),
    { reuse: false },
  );
  project.provide("testDatabase", {
    uri: server.boltUri,
    user: server.user,
    password: server.password,
    database: "neo4j",
    browserUrl: server.browserUrl,
  });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
