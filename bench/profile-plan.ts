import type { Driver, ProfiledPlan } from "neo4j-driver";

/** What Neo4j's PROFILE says of one statement: the work it did (database hits) and its plan, as text. */
export interface PlanProfile {
  readonly dbHits: number;
  readonly rows: number;
  readonly plan: string;
}

/**
 * `PROFILE` goes after any `CYPHER …` options line (@neo4j/graphql may start its statements with one) and before
 * the query itself.
 */
export function profiled(query: string): string {
  const options = /^(\s*CYPHER\b[^\n]*\n)/i.exec(query);
  return options ? `${options[1]}PROFILE ${query.slice(options[1]?.length)}` : `PROFILE ${query}`;
}

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

// The operator's own details, shortened: enough to see which index or scan it used.
function details(plan: ProfiledPlan): string {
  const text = String(plan.arguments.Details ?? "").replace(/\s+/g, " ");
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

function planLines(plan: ProfiledPlan, depth: number, lines: string[]): void {
  lines.push(
    `${"  ".repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits}` +
      (details(plan) ? ` | ${details(plan)}` : ""),
  );
  for (const child of plan.children) planLines(child, depth + 1, lines);
}

/** Runs `query` once under PROFILE (a read transaction) and sums its database hits. */
export async function profilePlan(
  driver: Driver,
  database: string,
  query: string,
  parameters: Record<string, unknown>,
): Promise<PlanProfile> {
  const { summary } = await driver.executeQuery(profiled(query), parameters, { database, routing: "READ" });
  const plan = summary.profile;
  if (!plan) throw new Error("Neo4j returned no profile");
  const lines: string[] = [];
  planLines(plan, 0, lines);
  return { dbHits: totalDbHits(plan), rows: plan.rows, plan: lines.join("\n") };
}
