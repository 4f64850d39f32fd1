import type { Driver } from "neo4j-driver";
import type { QueryLog } from "../tools/neo4j/counting-driver.ts";
import { int, type Log } from "./figures.ts";
import { postGraphql } from "./latency.ts";
import { type PlanProfile, profilePlan } from "./profile-plan.ts";
import { type BenchParams, cypherOf, QUERIES } from "./queries.ts";

export interface ProfileFigures {
  readonly name: string;
  readonly graphql?: PlanProfile;
  readonly cypher?: PlanProfile;
  readonly error?: string;
}

/**
 * Each question once under Cypher's PROFILE, for the biggest hub: the statement @neo4j/graphql sent for the
 * GraphQL request (as recorded by the counting driver, with its parameters) and the hand-written one. Database
 * hits do not depend on the machine's noise, so their ratio says what of the GraphQL overhead is database work.
 */
export async function profileQueries(
  url: string,
  driver: Driver,
  database: string,
  queryLog: QueryLog,
  params: BenchParams,
  log: Log,
): Promise<ProfileFigures[]> {
  const figures: ProfileFigures[] = [];
  for (const q of QUERIES) {
    const vars = q.variables(0, params);
    try {
      queryLog.statements.length = 0;
      queryLog.parameters.length = 0;
      await postGraphql(url, q.graphql, vars);
      const [statement] = queryLog.statements;
      if (queryLog.statements.length !== 1 || statement === undefined) {
        throw new Error(`the GraphQL request sent ${queryLog.statements.length} statements`);
      }
      const graphql = await profilePlan(
        driver,
        database,
        statement,
        queryLog.parameters[0] as Record<string, unknown>,
      );
      const cypher = await profilePlan(driver, database, cypherOf(q, vars), vars);
      figures.push({ name: q.name, graphql, cypher });
      log(`  ${q.name}: ${int(graphql.dbHits)} db hits through GraphQL, ${int(cypher.dbHits)} hand-written`);
    } catch (error) {
      log(`  ! ${q.name}: ${(error as Error).message}`);
      figures.push({ name: q.name, error: (error as Error).message });
    }
  }
  return figures;
}
