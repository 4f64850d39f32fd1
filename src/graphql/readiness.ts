import { type Plugin, useReadinessCheck } from "graphql-yoga";
import { type Driver, session } from "neo4j-driver";
import { cypherStatement } from "../neo4j/cypher-files.ts";

export const READINESS_ENDPOINT = "/ready";

/** A ping answers in milliseconds; a Neo4j that has not answered in this long is reported unavailable. */
export const READINESS_TIMEOUT_MS = 5_000;

/**
 * True while Neo4j answers a query within `timeoutMs`. One auto-commit query, not a managed transaction: the
 * driver would retry that for half a minute, and a probe needs its answer now.
 */
export async function neo4jAnswers(driver: Driver, database: string, timeoutMs: number): Promise<boolean> {
  const probe = driver.session({ database, defaultAccessMode: session.READ });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = probe
    .run(cypherStatement("graphql/ping"), {}, { timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
    probe.close().catch(() => {});
  }
}

/**
 * `GET /ready`: 200 while Neo4j answers, 503 (with a reason, never the driver's error) while it does not, or
 * while the start-up planning of the examples is still running (`planned()` false), so a load balancer sends
 * researchers only to an instance that can answer them at once.
 */
export function useNeo4jReadiness(
  driver: Driver,
  database: string,
  timeoutMs = READINESS_TIMEOUT_MS,
  planned: () => boolean = () => true,
): Plugin {
  return useReadinessCheck({
    endpoint: READINESS_ENDPOINT,
    check: async ({ fetchAPI }) => {
      const reason = !planned()
        ? "Neo4j is planning the example queries"
        : (await neo4jAnswers(driver, database, timeoutMs))
          ? undefined
          : "Neo4j does not answer";
      return new fetchAPI.Response(
        JSON.stringify(reason === undefined ? { status: "ready" } : { status: "unavailable", reason }),
        {
          status: reason === undefined ? 200 : 503,
          headers: { "content-type": "application/json; charset=utf-8" },
        },
      );
    },
  });
}
