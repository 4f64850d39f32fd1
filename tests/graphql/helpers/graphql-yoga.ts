import { beforeAll } from "vitest";
import {
  createGraphqlYoga,
  type GraphqlOptions,
  type GraphqlYoga,
} from "../../../src/graphql/create-yoga.ts";
import { countingDriver, type QueryLog } from "../../../tools/neo4j/counting-driver.ts";
import { useTestDatabase } from "../../helpers/database.ts";

/**
 * The options every test app starts from: the test database, any origin, and a 45 s timeout. Tests check answers,
 * not speed (the benchmark measures that): the first plan of a per-type union can take over 10 s on a loaded
 * 2-core machine, and a product-sized timeout would turn that into a failed test.
 */
export function testGraphqlOptions(db: ReturnType<typeof useTestDatabase>): GraphqlOptions {
  return { driver: db.driver(), database: db.database, queryTimeoutMs: 45_000, corsOrigins: ["*"] };
}

/**
 * The seeded test database and a GraphQL app over it, created once before the file's tests. `options` may replace
 * any option, e.g. the driver by one that counts its queries.
 */
export function useGraphqlYoga(
  options: (db: ReturnType<typeof useTestDatabase>) => Partial<GraphqlOptions> = () => ({}),
) {
  const db = useTestDatabase({ seed: true });
  let yoga: GraphqlYoga | undefined;
  beforeAll(async () => {
    yoga = await createGraphqlYoga({ ...testGraphqlOptions(db), ...options(db) });
  });
  return {
    db,
    yoga: (): GraphqlYoga => {
      if (!yoga) throw new Error("the GraphQL app is not created yet (use it inside a test or hook)");
      return yoga;
    },
  };
}

/**
 * The GraphQL app over a driver that records every statement it sends to the real Neo4j: `log()` is the current
 * record (cleared by the caller, e.g. in beforeEach).
 */
export function useCountingGraphqlYoga() {
  let log: QueryLog = { statements: [], parameters: [] };
  const app = useGraphqlYoga((db) => {
    const counting = countingDriver(db.driver());
    log = counting.log;
    return { driver: counting.driver };
  });
  return { ...app, log: (): QueryLog => log };
}
