import { beforeAll } from "vitest";
import { createGraphqlYoga, type GraphqlYoga } from "../../../src/graphql/create-yoga.ts";
import { PLANNING_TIMEOUT_MS } from "../../../src/graphql/plan-queries.ts";
import { annotationFiles, loadAnnotations } from "../../../src/loader/load-annotations.ts";
import { applySchema } from "../../../src/neo4j/apply-schema.ts";
import { clearDatabase, useTestDatabase } from "../../helpers/database.ts";
import { testGraphqlOptions } from "./graphql-yoga.ts";

/**
 * The fictional corpus of tests/fixtures/claims/ (four articles on Orvane and Dustmark: accusations and denials
 * by ministries and the army across articles, undated relations, a minister's visit), alone in the test
 * database, and a GraphQL app over it.
 */
export const CLAIMS_CORPUS = new URL("../../fixtures/claims/annotations/", import.meta.url).pathname;

export function useClaimsCorpusYoga() {
  const db = useTestDatabase();
  let yoga: GraphqlYoga | undefined;
  beforeAll(async () => {
    await clearDatabase(db.driver(), db.database);
    await applySchema(db.driver(), db.database);
    await loadAnnotations(db.driver(), db.database, await annotationFiles(CLAIMS_CORPUS), () => {});
    // The first plan of timeline's per-type union took over 45 s on the shared, loaded 2-core machine: these
    // tests check answers, so a plan may take as long as the server's start-up planning allows.
    yoga = await createGraphqlYoga({ ...testGraphqlOptions(db), queryTimeoutMs: PLANNING_TIMEOUT_MS });
  });
  return {
    db,
    yoga: (): GraphqlYoga => {
      if (!yoga) throw new Error("the GraphQL app is not created yet (use it inside a test or hook)");
      return yoga;
    },
  };
}
