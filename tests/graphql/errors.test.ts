import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphqlYoga, type GraphqlYoga } from "../../src/graphql/create-yoga.ts";
import { createErrorHandling } from "../../src/graphql/errors.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { dataOf, onlyError, postGraphql } from "./helpers/graphql-request.ts";
import { testGraphqlOptions } from "./helpers/graphql-yoga.ts";
import { startTcpProxy, type TcpProxy } from "./helpers/tcp-proxy.ts";

/** Failures a researcher can act on arrive with a code and a plain message, never a stack trace or Cypher. */

const db = useTestDatabase({ seed: true });
const options = () => testGraphqlOptions(db);

/** A console that keeps what the server would print, one entry per call. */
function capturedLog() {
  const lines: { level: string; text: string }[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push({
        level,
        text: args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(" "),
      });
  return { lines, log: { error: keep("error"), warn: keep("warn"), info: keep("info") } };
}

const expectNoInternals = (body: unknown) => {
  const text = JSON.stringify(body);
  for (const internal of ["stack", "Neo4jError", "MATCH", "CYPHER", "bolt://", "java", "apache"]) {
    expect(text).not.toContain(internal);
  }
};

describe("an invalid fulltext query", () => {
  it("is a bad argument named query, with Neo4j's position but without the Lucene parser's words", async () => {
    const { lines, log } = capturedLog();
    const yoga = await createGraphqlYoga({ ...options(), log });
    const response = await postGraphql(yoga, '{ searchActors(query: "Dar AND (") { actor { id } } }');
    const error = onlyError(response);
    // Neo4j's own report of the same search names the column the parser stopped at.
    const neo4jMessage = await db
      .driver()
      .executeQuery(
        "CALL db.index.fulltext.queryNodes('actorNames', 'Dar AND (')",
        {},
        { database: db.database },
      )
      .then(
        () => "",
        (e: Error) => e.message,
      );
    expect(neo4jMessage).toMatch(/at line 1, column 9\b/);
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "query", column: 9 });
    expect(error.message).toMatch(
      /^Argument "query" is not valid Lucene syntax \(the parser stopped at column 9\)/,
    );
    expect(error.path).toEqual(["searchActors"]);
    expectNoInternals(response.body);
    // A user error: one line in the server's log, no stack trace.
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe("warn");
    expect(lines[0]?.text).toMatch(/^GraphQL BAD_USER_INPUT at searchActors: Argument "query" is not valid/);
    expect(lines[0]?.text).not.toContain("\n");
  });
});

describe("a query that runs past the transaction timeout", () => {
  // Six steps of fifteen parallel relations: 11 million shortest paths for Neo4j to enumerate and order, far more
  // than it can do within the 500 ms limit even on an idle machine with a warm page cache (ten a step, a million
  // paths, once finished in time in a full run).
  beforeAll(async () => {
    await db.driver().executeQuery(
      `UNWIND range(0, 6) AS i
       CREATE (:Actor:Group {id: 'timeout-test-' + i, kind: 'Group', name: 'Timeout test ' + i, aliases: [],
                             description: 'test data'})
       WITH i WHERE i > 0
       MATCH (a:Actor {id: 'timeout-test-' + (i - 1)}), (b:Actor {id: 'timeout-test-' + i})
       UNWIND range(1, 15) AS k
       CREATE (a)-[:AFFILIATED_WITH {id: 'timeout-test:' + i + '-' + k}]->(b)`,
      {},
      { database: db.database },
    );
  });
  afterAll(async () => {
    await db.driver().executeQuery(
      "MATCH (a:Actor) WHERE a.id STARTS WITH 'timeout-test-' DETACH DELETE a",
      {},
      {
        database: db.database,
      },
    );
  });

  it("is stopped by Neo4j and reported as QUERY_TIMEOUT with the limit, without blaming the question", async () => {
    const { lines, log } = capturedLog();
    const yoga = await createGraphqlYoga({ ...options(), queryTimeoutMs: 500, log });
    const started = Date.now();
    const response = await postGraphql(
      yoga,
      '{ shortestPaths(from: "timeout-test-0", to: "timeout-test-6", maxHops: 6, limit: 1) { length } }',
    );
    const error = onlyError(response);
    expect(error.extensions).toEqual({ code: "QUERY_TIMEOUT", timeoutMs: 500 });
    expect(error.message).toMatch(
      /^Query timeout: Neo4j did not finish within the 500 ms limit of a request/,
    );
    expect(error.message).toMatch(/trying again in a moment usually works\.$/);
    expect(error.message).not.toMatch(/ask for less|smaller limit/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    expectNoInternals(response.body);
    expect(lines.map((l) => l.level)).toEqual(["warn"]);
    expect(lines[0]?.text).toMatch(/^GraphQL QUERY_TIMEOUT at shortestPaths: Query timeout:/);
  });
});

describe("the server's log", () => {
  it("keeps the stack of a fault, which no client caused", () => {
    const { lines, log } = capturedLog();
    const fault = new TypeError("Cannot read properties of undefined (reading 'id')");
    createErrorHandling(1000, log).logging.error(fault);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe("error");
    expect(lines[0]?.text).toContain("TypeError: Cannot read properties of undefined");
    expect(lines[0]?.text).toMatch(/\n\s+at /);
  });
});

describe("Neo4j going away", () => {
  let proxy: TcpProxy;
  let driver: Driver;
  let yoga: GraphqlYoga;
  beforeAll(async () => {
    const { uri, user, password } = (await import("vitest")).inject("testDatabase");
    const target = new URL(uri.replace(/^[a-z+]+:/, "http:"));
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    // The driver retries a failed transaction for maxTransactionRetryTime (30 s unless configured) before giving
    // up; a short one keeps the test quick without changing what the API reports afterwards.
    driver = neo4j.driver(`bolt://127.0.0.1:${proxy.port}`, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 1_000,
    });
    yoga = await createGraphqlYoga({ ...options(), driver, queryTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await driver.close();
  });

  const query = '{ actor(id: "ttp") { name } }';

  it("answers while Neo4j is there", async () => {
    expect(dataOf(await postGraphql(yoga, query)).actor).toEqual({ name: "TTP" });
    expect((await yoga.fetch("http://yoga/ready")).status).toBe(200);
  });

  it("reports DATABASE_UNAVAILABLE, and readiness 503, while it is gone; health stays 200", async () => {
    await proxy.cutOff();
    const response = await postGraphql(yoga, query);
    const error = onlyError(response);
    expect(error.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    expect(error.message).toBe("Database unavailable: Neo4j does not answer. Try again later.");
    expect(error.path).toEqual(["actor"]);
    expectNoInternals(response.body);

    const ready = await yoga.fetch("http://yoga/ready");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", reason: "Neo4j does not answer" });
    expect((await yoga.fetch("http://yoga/health")).status).toBe(200);
  });

  it("answers again once Neo4j is back", async () => {
    await proxy.restore();
    const ready = await yoga.fetch("http://yoga/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect(dataOf(await postGraphql(yoga, query)).actor).toEqual({ name: "TTP" });
  });
});
