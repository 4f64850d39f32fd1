import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphqlYoga, type GraphqlYoga } from "../../src/graphql/create-yoga.ts";
import { annotationFiles, loadAnnotations } from "../../src/loader/load-annotations.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { connectDriver } from "../../src/neo4j/driver.ts";
import { useOwnNeo4j } from "../helpers/own-neo4j.ts";
import { type GraphqlResponse, postGraphql } from "./helpers/graphql-request.ts";

/**
 * A Neo4j that freezes (SIGSTOP: a long GC pause, a network black hole) keeps its sockets open and never
 * answers. The API must still answer every request in time, shed load past its queue, report itself not ready,
 * and recover by itself once Neo4j runs again. The frozen server is this file's own.
 */

const neo4jServer = useOwnNeo4j("hung-test");
let driver: Driver;
let yoga: GraphqlYoga;
let serverPid: number;

const QUERIES = {
  actors: "{ actors(limit: 3) { id } }",
  actorsConnection: "{ actorsConnection(first: 3) { edges { node { id } } } }",
  articles: "{ articles { id } }",
  articlesConnection: "{ articlesConnection(first: 3) { edges { node { id } } } }",
  graphStats: "{ graphStats { labels { label count } } }",
};

const timed = async <T>(work: T | Promise<T>) => {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
};

const expectNoInternals = (body: unknown) => {
  const text = JSON.stringify(body);
  for (const internal of ["stack", "Neo4jError", "MATCH", "bolt://", "java", "timed out"]) {
    expect(text).not.toContain(internal);
  }
};

beforeAll(async () => {
  const { server } = neo4jServer();
  driver = await connectDriver({ uri: server.boltUri, user: server.user, password: server.password });
  await applySchema(driver, "neo4j");
  await loadAnnotations(driver, "neo4j", await annotationFiles(), () => {});
  // The production limits but few slots, so a handful of requests fills them.
  yoga = await createGraphqlYoga({
    driver,
    database: "neo4j",
    queryTimeoutMs: 10_000,
    corsOrigins: ["*"],
    maxConcurrentRequests: 5,
    maxQueuedRequests: 2,
  });
  // The server JVM (the bootloader's child) is the process that would hang.
  serverPid = server.pid as number;
  expect(serverPid).toBeGreaterThan(0);
});
afterAll(async () => {
  if (serverPid) process.kill(serverPid, "SIGCONT");
  await driver?.close();
});

describe("a Neo4j that hangs", () => {
  it("answers before the freeze", async () => {
    const response = await postGraphql(yoga, QUERIES.articles);
    expect(response.body.data?.articles).toContainEqual({ id: "2025-04-17-dar-kabul-afghan-expulsions" });
  });

  it("answers every query 'database unavailable' within 15 s and sheds what exceeds the queue at once", async () => {
    process.kill(serverPid, "SIGSTOP");
    const hung = Object.entries(QUERIES).map(async ([name, query]) => ({
      name,
      ...(await timed(postGraphql(yoga, query))),
    }));
    // The five requests above hold the five slots; of six more, two may wait and four are refused.
    await new Promise((r) => setTimeout(r, 300));
    const burst = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const { value, ms } = await timed(
          yoga.fetch("http://yoga/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
            body: JSON.stringify({ query: QUERIES.actors }),
          }),
        );
        const body = (await value.json()) as GraphqlResponse["body"];
        return { ms, status: value.status, retryAfter: value.headers.get("retry-after"), body };
      }),
    );
    const codeOf = (body: GraphqlResponse["body"]) => body.errors?.[0]?.extensions?.code;
    const busy = burst.filter((answer) => codeOf(answer.body) === "SERVER_BUSY");
    expect(busy).toHaveLength(4);
    for (const answer of busy) {
      expect(answer.ms).toBeLessThan(1_000);
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe("5");
      expect(answer.body.errors?.[0]?.message).toBe(
        "Server busy: 2 requests are already waiting. Try again in a few seconds.",
      );
    }
    const waited = burst.filter((answer) => !busy.includes(answer));
    expect(waited.map((answer) => codeOf(answer.body))).toEqual([
      "DATABASE_UNAVAILABLE",
      "DATABASE_UNAVAILABLE",
    ]);

    for (const { name, value, ms } of await Promise.all(hung)) {
      expect(ms, name).toBeLessThan(15_000);
      expect(value.status, name).toBe(503);
      expect(value.body.errors, name).toHaveLength(1);
      expect(value.body.errors?.[0], name).toMatchObject({
        message: "Database unavailable: Neo4j does not answer. Try again later.",
        extensions: { code: "DATABASE_UNAVAILABLE" },
      });
      expectNoInternals(value.body);
    }
    for (const answer of waited) {
      expect(answer.ms).toBeLessThan(15_000);
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe("5");
    }
  });

  it("reports /ready 503 within 10 s while /health stays 200", async () => {
    const { value: ready, ms } = await timed(yoga.fetch("http://yoga/ready"));
    expect(ms).toBeLessThan(10_000);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", reason: "Neo4j does not answer" });
    expect((await yoga.fetch("http://yoga/health")).status).toBe(200);
  });

  it("recovers by itself once Neo4j runs again", async () => {
    process.kill(serverPid, "SIGCONT");
    let ready = 0;
    for (let i = 0; i < 30 && ready !== 200; i++) {
      ready = (await yoga.fetch("http://yoga/ready")).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(ready).toBe(200);
    let answered = false;
    for (let i = 0; i < 30 && !answered; i++) {
      answered = (await postGraphql(yoga, QUERIES.articles)).body.errors === undefined;
      if (!answered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(answered).toBe(true);
    // As many requests as slots and queue hold together: once the abandoned work has drained (requests that
    // waited for a connection give their slot back when the driver's wait ends), none is refused. On a busy
    // machine the frozen JVM takes a while to catch up, so the burst is tried again for up to 30 s.
    const burst = () => Promise.all(Array.from({ length: 7 }, () => postGraphql(yoga, QUERIES.graphStats)));
    let answers = await burst();
    for (let i = 0; i < 30 && answers.some((a) => a.body.errors !== undefined); i++) {
      await new Promise((r) => setTimeout(r, 1_000));
      answers = await burst();
    }
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.graphStats).toMatchObject({
        labels: expect.arrayContaining([{ label: "Article", count: 1 }]),
      });
    }
  });
});
