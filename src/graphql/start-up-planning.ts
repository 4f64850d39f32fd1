import { readSavedQueries } from "../browser/guide.ts";
import { createPlanningYoga, type GraphqlOptions } from "./create-yoga.ts";
import { readExamples } from "./examples.ts";
import { PLANNING_TIMEOUT_MS, type PlannedQuery, planExamples, planSavedQueries } from "./plan-queries.ts";

/**
 * What `npm start` plans before /ready answers 200 (src/graphql/plan-queries.ts): every GraphiQL example through
 * the API's own pipeline, then every saved query of the Browser guide. The benchmark of first requests
 * (bench/first-requests.ts) starts the API the same way.
 */
export async function planAtStartUp(options: GraphqlOptions): Promise<PlannedQuery[]> {
  return [
    ...(await planExamples(
      await createPlanningYoga({ ...options, queryTimeoutMs: PLANNING_TIMEOUT_MS }),
      readExamples(),
    )),
    ...(await planSavedQueries(options.driver, options.database, await readSavedQueries())),
  ];
}
