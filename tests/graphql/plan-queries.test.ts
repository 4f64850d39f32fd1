import { beforeAll, describe, expect, it } from "vitest";
import { readSavedQueries } from "../../src/browser/guide.ts";
import { createGraphqlYoga, createPlanningYoga, type GraphqlYoga } from "../../src/graphql/create-yoga.ts";
import { readExamples } from "../../src/graphql/examples.ts";
import { PLANNING_TIMEOUT_MS, planExamples, planSavedQueries } from "../../src/graphql/plan-queries.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { testGraphqlOptions, useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/**
 * The start-up planning: every GraphiQL example and every saved Browser query is planned by Neo4j (EXPLAIN, not
 * run), into the same query-cache entries the real runs then use; /ready waits for it.
 */

const app = useGraphqlYoga();
const examples = readExamples();
let planning: GraphqlYoga;
beforeAll(async () => {
  planning = await createPlanningYoga({ ...testGraphqlOptions(app.db), queryTimeoutMs: PLANNING_TIMEOUT_MS });
});

/** Empties Neo4j's query caches and says how many queries they held ("… cleared of N queries."). */
async function clearQueryCaches(): Promise<number> {
  const { records } = await app.db
    .driver()
    .executeQuery("CALL db.clearQueryCaches() YIELD value RETURN value", {}, { database: app.db.database });
  const text = String(records[0]?.get("value"));
  const m = /of (\d+) quer/.exec(text);
  if (!m) throw new Error(`unexpected answer from db.clearQueryCaches(): ${text}`);
  return Number(m[1]);
}

describe("planning the examples and the guide's queries at start-up", () => {
  it("plans every example without running it", async () => {
    const planned = await planExamples(planning, examples);
    expect(planned.map((p) => p.name)).toEqual(examples.map((e) => e.name));
    expect(planned.filter((p) => p.error)).toEqual([]);
    // Planned, not run: EXPLAIN returns no rows, so the planning app sees no actor where the real one does.
    const query = examples.find((e) => e.name === "actor-relations")?.query ?? "";
    expect((await postGraphql(planning, query)).body.data?.actor).toBeNull();
    expect(dataOf(await postGraphql(app.yoga(), query)).actor.id).toBe("pakistan-government");
    console.log(`[plan] ${planned.map((p) => `${p.name} ${p.ms} ms`).join(", ")}`);
  }, 300_000);

  it("reports a statement Neo4j cannot plan", async () => {
    const [bad] = await planSavedQueries(
      app.db.driver(),
      app.db.database,
      [{ name: "broken", title: "broken", description: "", params: [], cypher: "MATCH (a:Actor RETURN a" }],
      10_000,
    );
    expect(bad?.error).toMatch(/Invalid input/);
  });

  it("spares the first real run Neo4j's planning: the timeline answers far sooner once planned", async () => {
    const timeline = examples.find((e) => e.name === "timeline")?.query ?? "";
    const timed = async () => {
      const started = Date.now();
      dataOf(await postGraphql(app.yoga(), timeline));
      return Date.now() - started;
    };
    await clearQueryCaches();
    const cold = await timed();
    await clearQueryCaches();
    const [planned] = await planExamples(planning, [{ name: "timeline", query: timeline }]);
    expect(planned?.error).toBeUndefined();
    const warm = await timed();
    console.log(
      `[plan] timeline: first run ${cold} ms unplanned; planning ${planned?.ms} ms, then ${warm} ms`,
    );
    expect(warm * 2).toBeLessThan(cold);
  }, 300_000);

  it("plans the guide's saved queries with their parameters", async () => {
    const queries = await readSavedQueries();
    const planned = await planSavedQueries(app.db.driver(), app.db.database, queries);
    expect(planned.map((p) => p.name)).toEqual(queries.map((q) => q.name));
    expect(planned.filter((p) => p.error)).toEqual([]);
  }, 300_000);

  it("keeps /ready at 503 until the planning is done", async () => {
    let planned = false;
    const yoga = await createGraphqlYoga({ ...testGraphqlOptions(app.db), planned: () => planned });
    const before = await yoga.fetch("http://yoga/ready");
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({
      status: "unavailable",
      reason: "Neo4j is planning the example queries",
    });
    await planExamples(planning, examples);
    planned = true;
    const after = await yoga.fetch("http://yoga/ready");
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: "ready" });
  }, 300_000);
});
