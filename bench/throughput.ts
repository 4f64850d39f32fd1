import { f1, int, type Log } from "./figures.ts";
import type { BenchOptions } from "./options.ts";
import { type BenchParams, QUERIES } from "./queries.ts";
import { runAutocannon, type ThroughputFigures } from "./run-autocannon.ts";
import { type SoakFigures, soak } from "./soak.ts";

/** The questions driven under load: the drawing's ego network and the search box. */
const UNDER_LOAD = ["ego network depth 1", "actor by alias (fulltext)"];
const CONNECTIONS = [1, 10, 50];

/** autocannon at 1, 10 and 50 connections on each question of UNDER_LOAD, `duration` seconds each. */
export async function measureThroughput(
  url: string,
  params: BenchParams,
  o: BenchOptions,
  log: Log,
): Promise<ThroughputFigures[]> {
  const figures: ThroughputFigures[] = [];
  for (const name of UNDER_LOAD) {
    const q = QUERIES.find((q) => q.name === name);
    if (!q) throw new Error(`no benchmark question "${name}"`);
    const bodies = params.actors.map((_, i) =>
      JSON.stringify({ query: q.graphql, variables: q.variables(i, params) }),
    );
    for (const connections of CONNECTIONS) {
      log(`  ${q.name}: ${connections} connection(s) for ${o.duration} s…`);
      const r = await runAutocannon({
        url,
        connections,
        duration: o.duration,
        timeout: o.autocannonTimeoutS,
        bodies,
      });
      figures.push({ name: q.name, ...r });
      log(
        `    ${f1(r.rps)} requests/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, ${r.errors} errors ` +
          `(${r.socketErrors} socket, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.graphqlErrors} GraphQL)`,
      );
    }
  }
  return figures;
}

/** `soakConnections` for `soakSeconds` over every research question with every parameter set, memory sampled. */
export async function soakAll(
  url: string,
  params: BenchParams,
  o: BenchOptions,
  log: Log,
): Promise<SoakFigures> {
  log(`soak: ${o.soakSeconds} s at ${o.soakConnections} connections over every research query…`);
  const bodies = QUERIES.flatMap((q) =>
    params.actors.map((_, i) => JSON.stringify({ query: q.graphql, variables: q.variables(i, params) })),
  );
  const soaked = await soak(url, bodies, o.soakSeconds, o.soakConnections, o.autocannonTimeoutS, log);
  log(
    `  soak: ${int(soaked.requests)} requests, ${soaked.errors} errors, p99 ${soaked.p99} ms; RSS ` +
      `${soaked.rssFirstMb.toFixed(0)} → ${soaked.rssLastMb.toFixed(0)} MB (max ${soaked.rssMaxMb.toFixed(0)})`,
  );
  return soaked;
}
