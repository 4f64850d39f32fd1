import { beforeAll } from "vitest";
import {
  createGraphqlYoga,
  type GraphqlOptions,
  type GraphqlYoga,
} from "../../../src/graphql/create-yoga.ts";
import { useTestDatabase } from "../../helpers/database.ts";

/** The options every test app starts from: the test database, a 10 s timeout, any origin. */
export function testGraphqlOptions(db: ReturnType<typeof useTestDatabase>): GraphqlOptions {
  return { driver: db.driver(), database: db.database, queryTimeoutMs: 10_000, corsOrigins: ["*"] };
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
