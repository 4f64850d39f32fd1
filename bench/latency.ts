import type { Driver } from "neo4j-driver";
import type { QueryLog } from "../tools/neo4j/counting-driver.ts";
import { ascending, f1, f2, type Log, percentile } from "./figures.ts";
import type { BenchOptions } from "./options.ts";
import { type BenchParams, type BenchQuery, cypherOf, QUERIES } from "./queries.ts";

export interface LatencyFigures {
  readonly name: string;
  readonly graphqlP50: number;
  readonly graphqlP95: number;
  readonly cypherP50: number;
  readonly cypherP95: number;
  /** The distinct numbers of Cypher statements one GraphQL request sent. */
  readonly queriesPerRequest: number[];
  readonly sameResult: boolean;
  readonly runs: number;
}

/** One GraphQL request over HTTP; rejects on any GraphQL error. */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (answer.errors || !answer.data) throw new Error(`GraphQL error: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** A question that failed is reported as such, the others still measured. */
const failed = (name: string): LatencyFigures => ({
  name,
  graphqlP50: Number.NaN,
  graphqlP95: Number.NaN,
  cypherP50: Number.NaN,
  cypherP95: Number.NaN,
  queriesPerRequest: [],
  sameResult: false,
  runs: 0,
});

/**
 * Each question through GraphQL over HTTP (`url`, whose API runs over the counting driver of `queryLog`) and as
 * hand-written Cypher through `driver`, alternating, over the parameter sets in turn.
 */
export async function measureLatency(
  url: string,
  driver: Driver,
  queryLog: QueryLog,
  params: BenchParams,
  o: BenchOptions,
  log: Log,
): Promise<LatencyFigures[]> {
  const cypher = async (text: string, variables: Record<string, unknown>) => {
    const result = await driver.executeQuery(text, variables, { database: o.database, routing: "READ" });
    return result.records.map((r) => r.toObject());
  };
  const figures: LatencyFigures[] = [];
  for (const q of QUERIES) {
    try {
      figures.push(await measureOne(q));
    } catch (error) {
      log(`  ! ${q.name} failed: ${(error as Error).message}`);
      figures.push(failed(q.name));
    }
  }
  return figures;

  async function measureOne(q: BenchQuery): Promise<LatencyFigures> {
    // The same answer from both sides, on the first few parameter sets.
    let sameResult = true;
    for (let i = 0; i < Math.min(5, params.actors.length); i++) {
      const vars = q.variables(i, params);
      const a = JSON.stringify(q.digestGraphql(await postGraphql(url, q.graphql, vars)));
      const b = JSON.stringify(q.digestCypher(await cypher(cypherOf(q, vars), vars)));
      if (a !== b) {
        sameResult = false;
        log(
          `  ! ${q.name}: GraphQL and Cypher differ for ${JSON.stringify(vars)}:\n    ${a.slice(0, 300)}\n    ${b.slice(0, 300)}`,
        );
      }
    }
    for (let i = 0; i < o.warmup; i++) {
      await postGraphql(url, q.graphql, q.variables(i, params));
      await cypher(cypherOf(q, q.variables(i, params)), q.variables(i, params));
    }
    const g: number[] = [];
    const c: number[] = [];
    const perRequest: number[] = [];
    const started = Date.now();
    for (let i = 0; i < o.runs; i++) {
      const vars = q.variables(i, params);
      const timeGraphql = async () => {
        queryLog.statements.length = 0;
        const t = performance.now();
        await postGraphql(url, q.graphql, vars);
        g.push(performance.now() - t);
        perRequest.push(queryLog.statements.length);
      };
      const timeCypher = async () => {
        const t = performance.now();
        await cypher(cypherOf(q, vars), vars);
        c.push(performance.now() - t);
      };
      // Alternate which side goes first, so neither always finds the other's pages in cache.
      if (i % 2 === 0) {
        await timeGraphql();
        await timeCypher();
      } else {
        await timeCypher();
        await timeGraphql();
      }
      if (Date.now() - started > 120_000) {
        log(`  ${q.name}: stopping after ${i + 1} runs (2 min bound)`);
        break;
      }
    }
    const gs = ascending(g);
    const cs = ascending(c);
    const row: LatencyFigures = {
      name: q.name,
      graphqlP50: percentile(gs, 50),
      graphqlP95: percentile(gs, 95),
      cypherP50: percentile(cs, 50),
      cypherP95: percentile(cs, 95),
      queriesPerRequest: [...new Set(perRequest)].sort(),
      sameResult,
      runs: g.length,
    };
    log(
      `  ${q.name}: GraphQL p50 ${f1(row.graphqlP50)} ms p95 ${f1(row.graphqlP95)} ms | Cypher p50 ${f1(row.cypherP50)} ms ` +
        `p95 ${f1(row.cypherP95)} ms | ratio p50 ${f2(row.graphqlP50 / row.cypherP50)} | ${row.queriesPerRequest.join("/")} Cypher/request` +
        `${sameResult ? "" : " | RESULTS DIFFER"}`,
    );
    return row;
  }
}
