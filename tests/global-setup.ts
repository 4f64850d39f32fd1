import type { TestProject } from "vitest/node";
import { type DatabaseTarget, openDatabase } from "../src/neo4j/open-database.ts";
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
 * Opens a throwaway Neo4j from the project's own launcher, in a temporary home on ports chosen free for this
 * run, unless NEO4J_TEST_URI names a database to use instead. It never reuses a running server, so two test
 * runs on one machine (two clones, or CI beside a developer) each have their own. Tests delete what is in it:
 * never point NEO4J_TEST_URI at real data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const uri = process.env.NEO4J_TEST_URI;
  const database = process.env.NEO4J_TEST_DATABASE ?? "neo4j";
  const target: DatabaseTarget = uri
    ? {
        uri,
        user: process.env.NEO4J_TEST_USER ?? "neo4j",
        password: process.env.NEO4J_TEST_PASSWORD ?? TEST_NEO4J.password,
        database,
      }
    : { local: { home: { temporary: "actorgraph-test-neo4j-" }, ...TEST_NEO4J, reuse: false }, database };
  const db = await openDatabase(target, { log: (line) => console.log(`[test neo4j] ${line}`) });
  project.provide("testDatabase", {
    uri: db.uri,
    user: db.user,
    password: db.password,
    database,
    browserUrl: db.server?.browserUrl ?? null,
  });
  return () => db.close();
}
