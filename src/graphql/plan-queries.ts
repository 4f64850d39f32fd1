import { type Driver, session, type Transaction } from "neo4j-driver";
import type { SavedQuery } from "../browser/guide.ts";
import { GRAPHQL_ENDPOINT, type GraphqlYoga } from "./create-yoga.ts";
import type { Example } from "./examples.ts";

/**
 * Start-up planning. Neo4j spends one to three seconds planning each new query text (more on a busy machine,
 * where the first click on an example once ran into the 10 s timeout), then reuses the plan from its query
 * cache. So before /ready answers 200 the server has Neo4j plan, with EXPLAIN and without running them, the
 * exact Cypher of every GraphiQL example (as @neo4j/graphql translates it, with the example's default
 * variables) and of every saved query the Browser guide offers. EXPLAIN fills the same cache entry the real run
 * then finds (tests/graphql/plan-queries.test.ts checks that with `db.clearQueryCaches()`).
 */

/**
 * What @neo4j/graphql runs its statement on in a plan-only request: a transaction-like object whose `run`
 * sends the same statement and parameters prefixed with EXPLAIN, so Neo4j plans it and returns no rows.
 */
export function explainingExecutionContext(driver: Driver, database: string, timeoutMs: number): Transaction {
  const explaining = {
    async run(cypher: string, parameters: Record<string, unknown>) {
      const explain = driver.session({ database, defaultAccessMode: session.READ });
      try {
        return await explain.run(`EXPLAIN ${cypher}`, parameters, { timeout: timeoutMs });
      } finally {
        await explain.close();
      }
    },
  };
  // @neo4j/graphql runs a request's statement on a transaction it is given through `run` alone
  // (Executor.transactionRun), which is all this object offers.
  return explaining as unknown as Transaction;
}

/**
 * How long Neo4j may plan one statement at start-up. Far above a request's timeout: on a loaded 2-core machine
 * planning the timeline's statement alone took over 10 s, the very wait this spares the first researcher.
 */
export const PLANNING_TIMEOUT_MS = 120_000;

export interface PlannedQuery {
  readonly name: string;
  readonly ms: number;
  /** Why Neo4j could not plan it, if it could not. */
  readonly error?: string;
}

/** A planned request's data is empty, so its non-null fields fail: that says nothing about the plan. */
const NO_ROWS = /^Cannot return null for non-nullable field/;

/**
 * Plans every example through the whole GraphQL pipeline (plugins included), one after another, on the app from
 * `createPlanningYoga` (give it `queryTimeoutMs: PLANNING_TIMEOUT_MS`).
 */
export async function planExamples(
  planningYoga: GraphqlYoga,
  examples: readonly Example[],
): Promise<PlannedQuery[]> {
  const planned: PlannedQuery[] = [];
  for (const example of examples) {
    const started = Date.now();
    const response = await planningYoga.fetch(`http://yoga${GRAPHQL_ENDPOINT}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: example.query }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    const error = body.errors
      ?.map((e) => e.message)
      .filter((m) => !NO_ROWS.test(m))
      .join("; ");
    planned.push({ name: example.name, ms: Date.now() - started, ...(error ? { error } : {}) });
  }
  return planned;
}

/**
 * The parameters a saved Browser query runs with: the values of its `:param` lines, each value expression
 * evaluated by Neo4j itself, as Browser does.
 */
export async function savedQueryParams(
  driver: Driver,
  database: string,
  query: SavedQuery,
): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  for (const line of query.params) {
    const m = /^:param\s+(\w+)\s*=>\s*(.+)$/.exec(line);
    if (!m?.[1] || !m[2]) throw new Error(`unreadable parameter line: ${line}`);
    const { records } = await driver.executeQuery(
      `RETURN ${m[2]} AS value`,
      {},
      { database, routing: "READ" },
    );
    params[m[1]] = records[0]?.get("value");
  }
  return params;
}

/**
 * Plans every saved Browser query with the values of its `:param` lines (Neo4j keys its plans by the parameters'
 * types too). Each value expression is evaluated by Neo4j itself, as Browser does.
 */
export async function planSavedQueries(
  driver: Driver,
  database: string,
  queries: readonly SavedQuery[],
  timeoutMs: number = PLANNING_TIMEOUT_MS,
): Promise<PlannedQuery[]> {
  const planned: PlannedQuery[] = [];
  for (const query of queries) {
    const started = Date.now();
    try {
      const params = await savedQueryParams(driver, database, query);
      const explain = driver.session({ database, defaultAccessMode: session.READ });
      try {
        await explain.run(`EXPLAIN ${query.cypher}`, params, { timeout: timeoutMs });
      } finally {
        await explain.close();
      }
      planned.push({ name: query.name, ms: Date.now() - started });
    } catch (error) {
      planned.push({ name: query.name, ms: Date.now() - started, error: String(error) });
    }
  }
  return planned;
}
