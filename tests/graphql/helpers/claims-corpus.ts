import { beforeAll } from "vitest";
import { createGraphqlYoga, type GraphqlYoga } from "../../../src/graphql/create-yoga.ts";
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
    yoga = await createGraphqlYoga(testGraphqlOptions(db));
  });
  return {
    db,
    yoga: (): GraphqlYoga => {
      if (!yoga) throw new Error("the GraphQL app is not created yet (use it inside a test or hook)");
      return yoga;
    },
  };
}
