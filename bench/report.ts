import { execFile } from "node:child_process";
import { cpus, release, totalmem } from "node:os";
import { promisify } from "node:util";
import { f1, f2, int, mb, rate } from "./figures.ts";
import type { LatencyFigures } from "./latency.ts";
import type { LoaderFigures } from "./load.ts";
import type { BenchOptions } from "./options.ts";
import type { ProfileFigures } from "./profile.ts";
import type { ThroughputFigures } from "./run-autocannon.ts";
import type { SoakFigures } from "./soak.ts";

/** How the graph was loaded, each path timed, and what it left on disk. */
export interface LoadFigures {
  readonly loader: LoaderFigures;
  readonly actors: number;
  readonly maxDegree: number;
  readonly medianDegree: number;
  /** Checkpointed, after the loader. */
  readonly storeBytes: number;
  readonly txLogBytes: number;
  readonly wipeMs: number;
  /** Plain batched `UNWIND … CREATE` of the same rows. */
  readonly baseline: { readonly relations: number; readonly ms: number };
  /** `neo4j-admin database import full`, then the schema built on the restarted database (`indexMs`). */
  readonly offline: { readonly relations: number; readonly ms: number; readonly indexMs: number };
}

/** Everything a run measured, for the report. */
export interface BenchResults {
  readonly started: Date;
  readonly wallMs: number;
  readonly machine: readonly string[];
  readonly load: LoadFigures;
  readonly latency: readonly LatencyFigures[];
  readonly profiles: readonly ProfileFigures[];
  readonly throughput: readonly ThroughputFigures[];
  readonly soaked: SoakFigures | undefined;
}

export function plansReport(started: Date, profiles: readonly ProfileFigures[], o: BenchOptions): string {
  const lines = [
    `# actorgraph benchmark: query plans, size ${o.size}, ${started.toISOString().slice(0, 10)}`,
    "",
    "Cypher `PROFILE` of each question for the biggest hub (`npm run bench`, bench/run-bench.ts): the statement",
    "@neo4j/graphql sends for the GraphQL request, then the hand-written one (bench/queries.ts). Each line is an",
    "operator with the rows it produced and its database hits; children are indented.",
  ];
  for (const p of profiles) {
    lines.push("", `## ${p.name}`, "");
    if (p.error) {
      lines.push(`Not profiled: ${p.error}`);
      continue;
    }
    for (const [side, plan] of [
      ["through GraphQL", p.graphql],
      ["hand-written", p.cypher],
    ] as const) {
      if (!plan) continue;
      lines.push(`${side}: ${int(plan.dbHits)} db hits`, "", "```", plan.plan, "```", "");
    }
  }
  return lines.join("\n");
}

export async function machine(): Promise<string[]> {
  const cpu = cpus();
  let java = "";
  try {
    java = (await promisify(execFile)("java", ["-version"])).stderr.split("\n")[0] ?? "";
  } catch {}
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model ?? "?"}`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Linux ${release()}; shared with other work (noisy)`,
    `- Node ${process.version}; ${java}`,
    "- Neo4j 5.26 Community (the project's launcher), heap 2g, page cache 1g, on free ports; GraphQL server in the benchmark process on 127.0.0.1",
  ];
}

export function report(r: BenchResults, o: BenchOptions): string {
  const { started, load, latency, profiles, throughput, soaked } = r;
  const { loader, baseline, offline } = load;
  const singleRate = rate(loader.single.relations, loader.single.ms);
  const bulkRate = rate(loader.bulk.relations, loader.bulk.ms);
  const baseRate = rate(baseline.relations, baseline.ms);
  const importRate = rate(offline.relations, offline.ms);
  const importIndexedRate = rate(offline.relations, offline.ms + offline.indexMs);
  // The target is the drawing's query; the variant that also builds each edge's relation is reported beside it.
  const ego = latency.filter((l) => l.name.startsWith("ego") && !l.name.includes("relation"));
  const worstRatio = Math.max(...latency.map((l) => l.graphqlP50 / l.cypherP50));
  const egoP95 = Math.max(...ego.map((l) => l.graphqlP95));
  const errors = throughput.reduce((sum, t) => sum + t.errors, 0);
  const lines = [
    `# actorgraph benchmark: size ${o.size} (${int(o.relations)} relations), ${started.toISOString().slice(0, 10)}`,
    "",
    `\`npm run bench -- --size ${o.size}\` (seed ${o.seed}), started ${started.toISOString()}, wall time ${(r.wallMs / 60000).toFixed(1)} min.`,
    "",
    "## Machine",
    "",
    ...r.machine,
    "",
    "## Corpus",
    "",
    `${int(loader.articles)} articles, ${int(load.actors)} actors, ${int(loader.relations)} relations (20–50 per article); ` +
      `actor degree: max ${int(load.maxDegree)}, median ${int(load.medianDegree)}.`,
    "",
    "## Bulk load",
    "",
    "| path | relations | time (s) | relations/s | ratio to baseline |",
    "|---|---:|---:|---:|---:|",
    `| baseline: plain batched \`UNWIND $rows … CREATE\` (${int(o.baselineBatchRows)} relations per transaction) | ${int(baseline.relations)} | ${f1(baseline.ms / 1000)} | ${int(baseRate)} | 1.00 |`,
    `| loader, per article (\`loadArticle\`, one transaction per article; first ${loader.single.articles} articles) | ${int(loader.single.relations)} | ${f1(loader.single.ms / 1000)} | ${int(singleRate)} | ${f2(singleRate / baseRate)} |`,
    `| loader, bulk (\`loadArticles\`, ${o.batchArticles} articles per transaction; the rest) | ${int(loader.bulk.relations)} | ${f1(loader.bulk.ms / 1000)} | ${int(bulkRate)} | ${f2(bulkRate / baseRate)} |`,
    `| offline: \`neo4j-admin database import full\` of the same rows as CSV (database stopped and replaced) | ${int(offline.relations)} | ${f1(offline.ms / 1000)} | ${int(importRate)} | ${f2(importRate / baseRate)} |`,
    `| offline import, then the schema's constraints and indexes built on the restarted database | ${int(offline.relations)} | ${f1((offline.ms + offline.indexMs) / 1000)} | ${int(importIndexedRate)} | ${f2(importIndexedRate / baseRate)} |`,
    "",
    `Database on disk after the loader (checkpointed): store ${mb(load.storeBytes)}, transaction logs ${mb(load.txLogBytes)}. ` +
      `Wiping it before the baseline took ${f1(load.wipeMs / 1000)} s.`,
    "",
    "## Query latency",
    "",
    `${o.runs} runs per query after ${o.warmup} warm-up runs, GraphQL and Cypher alternating, parameters cycling over ` +
      "actors from the biggest hub to leaves. GraphQL: POST over HTTP to 127.0.0.1, answer parsed; Cypher: the " +
      "hand-written query (bench/queries.ts) through neo4j-driver, records converted.",
    "",
    "| query | GraphQL p50 (ms) | GraphQL p95 (ms) | Cypher p50 (ms) | Cypher p95 (ms) | ratio p50 | ratio p95 | Cypher queries per request | same result |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...latency.map(
      (l) =>
        `| ${l.name} | ${f1(l.graphqlP50)} | ${f1(l.graphqlP95)} | ${f1(l.cypherP50)} | ${f1(l.cypherP95)} | ${f2(l.graphqlP50 / l.cypherP50)} | ${f2(l.graphqlP95 / l.cypherP95)} | ${l.queriesPerRequest.join(", ")} | ${l.sameResult ? "yes" : "NO"} |`,
    ),
    "",
    "## Database work (Cypher PROFILE)",
    "",
    "Each question once for the biggest hub: database hits of the statement @neo4j/graphql sends and of the " +
      `hand-written Cypher; the plans are in \`${started.toISOString().slice(0, 10)}-${o.size}-plans.md\`.`,
    "",
    "| query | through GraphQL (db hits) | hand-written (db hits) | ratio |",
    "|---|---:|---:|---:|",
    ...profiles.map((p) =>
      p.graphql && p.cypher
        ? `| ${p.name} | ${int(p.graphql.dbHits)} | ${int(p.cypher.dbHits)} | ${f2(p.graphql.dbHits / p.cypher.dbHits)} |`
        : `| ${p.name} | – | – | not profiled: ${p.error} |`,
    ),
    "",
    "## Throughput",
    "",
    `autocannon (own process, ${o.autocannonTimeoutS} s timeout per request), ${o.duration} s per row, POST with ` +
      "10 parameter sets in turn; latencies are those of answered requests. Errors by kind: socket errors, " +
      "timeouts, non-2xx answers, answers without data or with GraphQL errors (non-2xx ones included).",
    "",
    "| query | connections | requests | requests/s | p50 (ms) | p99 (ms) | max (ms) | errors | socket / timeout / non-2xx / GraphQL |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...throughput.map(
      (t) =>
        `| ${t.name} | ${t.connections} | ${int(t.requests)} | ${f1(t.rps)} | ${t.p50} | ${t.p99} | ${t.max} | ${t.errors} | ${t.socketErrors} / ${t.timeouts} / ${t.non2xx} / ${t.graphqlErrors} |`,
    ),
    "",
    ...(soaked ? soakReport(soaked) : []),
    "## Targets",
    "",
    "| target | measured | met |",
    "|---|---|---|",
    `| GraphQL/Cypher p50 ratio ≤ 1.2 | worst ${f2(worstRatio)} | ${worstRatio <= 1.2 ? "yes" : "no"} |`,
    `| load ≥ 50,000 relations/s | loader: bulk ${int(bulkRate)}, per article ${int(singleRate)}; offline import ${int(importIndexedRate)} with indexes | ${bulkRate >= 50_000 ? "yes" : "no"} (loader) |`,
    `| p95 ego network ≤ 20 ms (at L) | ${f1(egoP95)} ms (worst of depth 1 and 2) | ${egoP95 <= 20 ? "yes" : "no"}${o.size === "L" ? "" : " (not L)"} |`,
    `| zero errors under load | ${errors} | ${errors === 0 ? "yes" : "no"} |`,
    ...(soaked
      ? [
          `| soak: 0 errors, memory flat within 20 % | ${soaked.errors} errors, RSS ${f1(100 * (soaked.rssLastMb / soaked.rssFirstMb - 1))} % | ${soaked.errors === 0 && Math.abs(soaked.rssLastMb / soaked.rssFirstMb - 1) <= 0.2 ? "yes" : "no"} |`,
        ]
      : []),
    "",
  ];
  return lines.join("\n");
}

function soakReport(s: SoakFigures): string[] {
  return [
    "## Soak",
    "",
    `\`--soak ${s.seconds}\`: ${s.connections} connections for ${s.seconds} s, POST over every research query of the ` +
      "latency table with the query actors in turn; the API's resident memory sampled every 5 s (it runs in the " +
      "benchmark's process), compared between the first and the last fifth of the run.",
    "",
    "| requests | requests/s | p50 (ms) | p99 (ms) | max (ms) | errors | socket / timeout / non-2xx / GraphQL | RSS first fifth (MB) | RSS last fifth (MB) | RSS max (MB) |",
    "|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    `| ${int(s.requests)} | ${f1(s.rps)} | ${s.p50} | ${s.p99} | ${s.max} | ${s.errors} | ${s.socketErrors} / ${s.timeouts} / ${s.non2xx} / ${s.graphqlErrors} | ${s.rssFirstMb.toFixed(0)} | ${s.rssLastMb.toFixed(0)} | ${s.rssMaxMb.toFixed(0)} |`,
    "",
  ];
}
