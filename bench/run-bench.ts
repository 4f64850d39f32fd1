import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus, release, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { createGraphqlYoga } from "../src/graphql/create-yoga.ts";
import { loadArticle } from "../src/loader/load-article.ts";
import { loadArticles } from "../src/loader/load-articles.ts";
import type { ArticleGraph } from "../src/model/article-graph.ts";
import type { ActorRow } from "../src/model/rows.ts";
import { applySchema } from "../src/neo4j/apply-schema.ts";
import { openDatabase } from "../src/neo4j/open-database.ts";
import { startHttpServer } from "../src/server/start-http-server.ts";
import { countingDriver, type QueryLog } from "../tests/graphql/helpers/counting-driver.ts";
import { addActor, generateCorpus, SIZES, type SizeName } from "./generate-corpus.ts";
import { runImport, writeImportCsv } from "./import-baseline.ts";
import { type PlanProfile, profilePlan } from "./profile-plan.ts";
import { type BenchParams, cypherOf, pickParams, QUERIES } from "./queries.ts";
import { runAutocannon, type ThroughputFigures } from "./run-autocannon.ts";
import { type SoakFigures, soak } from "./soak.ts";

/**
 * `npm run bench -- --size tiny|S|M|L [--seed 42] [--keep] [--duration 30] [--runs 50] [--soak 300]`
 *
 * Starts its own Neo4j (throwaway home under .tmp/, Bolt 58687, HTTP 58474), loads a synthetic corpus through
 * the project's loader, measures GraphQL over HTTP against hand-written Cypher in the same run, drives load with
 * autocannon, loads the same rows again with a plain UNWIND … CREATE as the loader's baseline, and writes
 * bench/results/<date>-<size>.md. Every figure is reported beside its baseline from the same run.
 */

const { values: args } = parseArgs({
  options: {
    size: { type: "string", default: "S" },
    seed: { type: "string", default: "42" },
    keep: { type: "boolean", default: false },
    duration: { type: "string" },
    runs: { type: "string" },
    "batch-articles": { type: "string", default: "100" },
    "load-timeout": { type: "string", default: "5400" },
    soak: { type: "string", default: "0" },
  },
});
const size = args.size as SizeName;
if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
const RELATIONS = SIZES[size];
const SEED = Number(args.seed);
const TINY = size === "tiny";
const DURATION = Number(args.duration ?? (TINY ? 2 : 30));
const RUNS = Number(args.runs ?? (TINY ? 10 : 50));
const WARMUP = TINY ? 2 : 5;
const BATCH = Number(args["batch-articles"]);
const LOAD_TIMEOUT_MS = Number(args["load-timeout"]) * 1000;
// With --soak SECONDS: one more run, at 50 connections over a mix of every research query, watching memory.
const SOAK_SECONDS = Number(args.soak);
const SOAK_CONNECTIONS = 50;
// The per-article path is measured on a sample: the first articles, bounded in count and time.
// (a quarter of the corpus at most, so the bulk path always has the rest).
const SINGLE_MAX_ARTICLES = TINY ? 3 : size === "S" ? 60 : 300;
const SINGLE_MAX_MS = 60_000;
const BASELINE_BATCH_ROWS = 10_000;
// autocannon's own default: a request unanswered after this long counts as a timeout.
const AUTOCANNON_TIMEOUT_S = 10;
const DATABASE = "neo4j";

const home = resolve(`.tmp/bench-neo4j-${size}`);
const t0 = Date.now();
const log = (line: string) =>
  console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const corpus = () => generateCorpus({ relations: RELATIONS, seed: SEED });
const now = () => performance.now();

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const int = (x: number) => Math.round(x).toLocaleString("en-GB");

async function du(path: string): Promise<number> {
  try {
    const { stdout } = await promisify(execFile)("du", ["-sb", path]);
    return Number(stdout.split("\t")[0]);
  } catch {
    return Number.NaN;
  }
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// ---------------------------------------------------------------- load

interface LoadFigures {
  articles: number;
  actors: number;
  relations: number;
  singleArticles: number;
  singleRelations: number;
  singleMs: number;
  bulkArticles: number;
  bulkRelations: number;
  bulkMs: number;
  baselineRelations: number;
  baselineMs: number;
  wipeMs: number;
  importRelations: number;
  importMs: number;
  importIndexMs: number;
  storeBytes: number;
  txLogBytes: number;
  maxDegree: number;
  medianDegree: number;
}

async function loadThroughLoader(driver: Driver, figures: LoadFigures): Promise<void> {
  const started = Date.now();
  const checkTime = () => {
    if (Date.now() - started > LOAD_TIMEOUT_MS) throw new Error(`load exceeded ${LOAD_TIMEOUT_MS / 1000}s`);
  };
  let batch: ArticleGraph[] = [];
  let batchRelations = 0;
  let lastReport = Date.now();
  const flush = async () => {
    if (batch.length === 0) return;
    const t = now();
    const summaries = await loadArticles(driver, batch, DATABASE);
    figures.bulkMs += now() - t;
    if (summaries.length !== batch.length) throw new Error("bulk load lost articles");
    figures.bulkArticles += batch.length;
    figures.bulkRelations += batchRelations;
    batch = [];
    batchRelations = 0;
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      log(
        `  bulk: ${int(figures.bulkRelations)} relations in ${int(figures.bulkArticles)} articles, ` +
          `${int(figures.bulkRelations / (figures.bulkMs / 1000))} relations/s`,
      );
    }
  };
  for (const graph of corpus()) {
    checkTime();
    figures.articles++;
    figures.relations += graph.relations.length;
    if (figures.singleArticles < SINGLE_MAX_ARTICLES && figures.singleMs < SINGLE_MAX_MS) {
      const t = now();
      await loadArticle(driver, graph, DATABASE);
      figures.singleMs += now() - t;
      figures.singleArticles++;
      figures.singleRelations += graph.relations.length;
      if (figures.singleArticles % 50 === 0)
        log(
          `  per-article: ${figures.singleArticles} articles, ${int(figures.singleRelations / (figures.singleMs / 1000))} relations/s`,
        );
      continue;
    }
    batch.push(graph);
    batchRelations += graph.relations.length;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}

/** The same rows as the loader writes, with nothing but batched `UNWIND $rows … CREATE` (one transaction each). */
async function loadBaseline(driver: Driver, figures: LoadFigures): Promise<void> {
  const actors = new Map<string, ActorRow>();
  for (const graph of corpus()) {
    for (const a of graph.actors) addActor(actors, a);
  }
  const started = Date.now();
  const run = async (query: string, rows: unknown[]) => {
    if (Date.now() - started > LOAD_TIMEOUT_MS)
      throw new Error(`baseline load exceeded ${LOAD_TIMEOUT_MS / 1000}s`);
    const t = now();
    await driver.executeQuery(query, { rows }, { database: DATABASE });
    figures.baselineMs += now() - t;
  };
  const actorRows = [...actors.values()];
  for (let i = 0; i < actorRows.length; i += BASELINE_BATCH_ROWS) {
    await run(
      `UNWIND $rows AS row CREATE (x:Actor:$(row.kind)) SET x = row`,
      actorRows.slice(i, i + BASELINE_BATCH_ROWS),
    );
  }
  let articles: unknown[] = [];
  let mentions: unknown[] = [];
  let relations: unknown[] = [];
  let lastReport = Date.now();
  const flush = async () => {
    await run(`UNWIND $rows AS row CREATE (a:Article) SET a = row, a.date = date(row.date)`, articles);
    await run(
      `UNWIND $rows AS m MATCH (a:Article {id: m.articleId}) MATCH (x:Actor {id: m.actorId})
       CREATE (a)-[:MENTIONS {count: m.count, offsets: m.offsets, forms: m.forms}]->(x)`,
      mentions,
    );
    await run(
      `UNWIND $rows AS row MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
       CREATE (s)-[r:$(row.type)]->(t)
       SET r = row.props, r.dateFrom = date(row.dateFrom), r.dateTo = date(row.dateTo)`,
      relations,
    );
    figures.baselineRelations += relations.length;
    articles = [];
    mentions = [];
    relations = [];
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      log(
        `  baseline: ${int(figures.baselineRelations)} relations, ${int(figures.baselineRelations / (figures.baselineMs / 1000))} relations/s`,
      );
    }
  };
  for (const graph of corpus()) {
    articles.push(graph.article);
    for (const m of graph.mentions) mentions.push({ ...m, articleId: graph.article.id });
    for (const r of graph.relations) {
      const { source, target, type, dateFrom, dateTo, ...props } = r;
      relations.push({ source, target, type, dateFrom, dateTo, props });
    }
    if (relations.length >= BASELINE_BATCH_ROWS) await flush();
  }
  if (relations.length > 0) await flush();
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: DATABASE });
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS");
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------- queries

interface LatencyFigures {
  name: string;
  graphqlP50: number;
  graphqlP95: number;
  cypherP50: number;
  cypherP95: number;
  queriesPerRequest: number[];
  sameResult: boolean;
  runs: number;
}

async function postGraphql(url: string, query: string, variables: Record<string, unknown>) {
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

async function measureLatency(
  url: string,
  driver: Driver,
  queryLog: { statements: string[] },
  params: BenchParams,
): Promise<LatencyFigures[]> {
  const figures: LatencyFigures[] = [];
  const cypher = async (text: string, variables: Record<string, unknown>) => {
    const result = await driver.executeQuery(text, variables, { database: DATABASE, routing: "READ" });
    return result.records.map((r) => r.toObject());
  };
  for (const q of QUERIES) {
    try {
      figures.push(await measureOne(q));
    } catch (error) {
      log(`  ! ${q.name} failed: ${(error as Error).message}`);
      figures.push({
        name: q.name,
        graphqlP50: Number.NaN,
        graphqlP95: Number.NaN,
        cypherP50: Number.NaN,
        cypherP95: Number.NaN,
        queriesPerRequest: [],
        sameResult: false,
        runs: 0,
      });
    }
  }
  return figures;

  async function measureOne(q: (typeof QUERIES)[number]): Promise<LatencyFigures> {
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
    for (let i = 0; i < WARMUP; i++) {
      await postGraphql(url, q.graphql, q.variables(i, params));
      await cypher(cypherOf(q, q.variables(i, params)), q.variables(i, params));
    }
    const g: number[] = [];
    const c: number[] = [];
    const perRequest: number[] = [];
    const started = Date.now();
    for (let i = 0; i < RUNS; i++) {
      const vars = q.variables(i, params);
      const timeGraphql = async () => {
        queryLog.statements.length = 0;
        const t = now();
        await postGraphql(url, q.graphql, vars);
        g.push(now() - t);
        perRequest.push(queryLog.statements.length);
      };
      const timeCypher = async () => {
        const t = now();
        await cypher(cypherOf(q, vars), vars);
        c.push(now() - t);
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
    g.sort((x, y) => x - y);
    c.sort((x, y) => x - y);
    const row: LatencyFigures = {
      name: q.name,
      graphqlP50: percentile(g, 50),
      graphqlP95: percentile(g, 95),
      cypherP50: percentile(c, 50),
      cypherP95: percentile(c, 95),
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

// ---------------------------------------------------------------- profile

interface ProfileFigures {
  name: string;
  graphql?: PlanProfile;
  cypher?: PlanProfile;
  error?: string;
}

/**
 * Each question once under Cypher's PROFILE, for the biggest hub: the statement @neo4j/graphql sent for the
 * GraphQL request (as recorded by the counting driver, with its parameters) and the hand-written one. Database
 * hits do not depend on the machine's noise, so their ratio says what of the GraphQL overhead is database work.
 */
async function profileQueries(
  url: string,
  driver: Driver,
  queryLog: QueryLog,
  params: BenchParams,
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
        DATABASE,
        statement,
        queryLog.parameters[0] as Record<string, unknown>,
      );
      const cypher = await profilePlan(driver, DATABASE, cypherOf(q, vars), vars);
      figures.push({ name: q.name, graphql, cypher });
      log(`  ${q.name}: ${int(graphql.dbHits)} db hits through GraphQL, ${int(cypher.dbHits)} hand-written`);
    } catch (error) {
      log(`  ! ${q.name}: ${(error as Error).message}`);
      figures.push({ name: q.name, error: (error as Error).message });
    }
  }
  return figures;
}

function plansReport(started: Date, profiles: ProfileFigures[]): string {
  const lines = [
    `# actorgraph benchmark: query plans, size ${size}, ${started.toISOString().slice(0, 10)}`,
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

// ---------------------------------------------------------------- throughput

async function measureThroughput(url: string, params: BenchParams): Promise<ThroughputFigures[]> {
  const ego = QUERIES.find((q) => q.name === "ego network depth 1");
  const search = QUERIES.find((q) => q.name === "actor by alias (fulltext)");
  const figures: ThroughputFigures[] = [];
  for (const q of [ego, search]) {
    if (!q) continue;
    const bodies = params.actors.map((_, i) =>
      JSON.stringify({ query: q.graphql, variables: q.variables(i, params) }),
    );
    for (const connections of [1, 10, 50]) {
      log(`  ${q.name}: ${connections} connection(s) for ${DURATION} s…`);
      const r = await runAutocannon({
        url,
        connections,
        duration: DURATION,
        timeout: AUTOCANNON_TIMEOUT_S,
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

// ---------------------------------------------------------------- report

async function machine(): Promise<string[]> {
  const cpu = cpus();
  let java = "";
  try {
    java = (await promisify(execFile)("java", ["-version"])).stderr.split("\n")[0] ?? "";
  } catch {}
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model ?? "?"}`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Linux ${release()}; shared with other work (noisy)`,
    `- Node ${process.version}; ${java}`,
    "- Neo4j 5.26 Community (the project's launcher), heap 2g, page cache 1g, Bolt 58687; GraphQL server in the benchmark process on 127.0.0.1",
  ];
}

function report(
  started: Date,
  wallMs: number,
  machineLines: string[],
  load: LoadFigures,
  latency: LatencyFigures[],
  profiles: ProfileFigures[],
  throughput: ThroughputFigures[],
  soaked?: SoakFigures,
): string {
  const singleRate = load.singleRelations / (load.singleMs / 1000);
  const bulkRate = load.bulkRelations / (load.bulkMs / 1000);
  const baseRate = load.baselineRelations / (load.baselineMs / 1000);
  const importRate = load.importRelations / (load.importMs / 1000);
  const importIndexedRate = load.importRelations / ((load.importMs + load.importIndexMs) / 1000);
  // The target is the drawing's query; the variant that also builds each edge's relation is reported beside it.
  const ego = latency.filter((l) => l.name.startsWith("ego") && !l.name.includes("relation"));
  const worstRatio = Math.max(...latency.map((l) => l.graphqlP50 / l.cypherP50));
  const egoP95 = Math.max(...ego.map((l) => l.graphqlP95));
  const errors = throughput.reduce((sum, t) => sum + t.errors, 0);
  const lines = [
    `# actorgraph benchmark: size ${size} (${int(RELATIONS)} relations), ${started.toISOString().slice(0, 10)}`,
    "",
    `\`npm run bench -- --size ${size}\` (seed ${SEED}), started ${started.toISOString()}, wall time ${(wallMs / 60000).toFixed(1)} min.`,
    "",
    "## Machine",
    "",
    ...machineLines,
    "",
    "## Corpus",
    "",
    `${int(load.articles)} articles, ${int(load.actors)} actors, ${int(load.relations)} relations (20–50 per article); ` +
      `actor degree: max ${int(load.maxDegree)}, median ${int(load.medianDegree)}.`,
    "",
    "## Bulk load",
    "",
    "| path | relations | time (s) | relations/s | ratio to baseline |",
    "|---|---:|---:|---:|---:|",
    `| baseline: plain batched \`UNWIND $rows … CREATE\` (${int(BASELINE_BATCH_ROWS)} relations per transaction) | ${int(load.baselineRelations)} | ${f1(load.baselineMs / 1000)} | ${int(baseRate)} | 1.00 |`,
    `| loader, per article (\`loadArticle\`, one transaction per article; first ${load.singleArticles} articles) | ${int(load.singleRelations)} | ${f1(load.singleMs / 1000)} | ${int(singleRate)} | ${f2(singleRate / baseRate)} |`,
    `| loader, bulk (\`loadArticles\`, ${BATCH} articles per transaction; the rest) | ${int(load.bulkRelations)} | ${f1(load.bulkMs / 1000)} | ${int(bulkRate)} | ${f2(bulkRate / baseRate)} |`,
    `| offline: \`neo4j-admin database import full\` of the same rows as CSV (database stopped and replaced) | ${int(load.importRelations)} | ${f1(load.importMs / 1000)} | ${int(importRate)} | ${f2(importRate / baseRate)} |`,
    `| offline import, then the schema's constraints and indexes built on the restarted database | ${int(load.importRelations)} | ${f1((load.importMs + load.importIndexMs) / 1000)} | ${int(importIndexedRate)} | ${f2(importIndexedRate / baseRate)} |`,
    "",
    `Database on disk after the loader (checkpointed): store ${mb(load.storeBytes)}, transaction logs ${mb(load.txLogBytes)}. ` +
      `Wiping it before the baseline took ${f1(load.wipeMs / 1000)} s.`,
    "",
    "## Query latency",
    "",
    `${RUNS} runs per query after ${WARMUP} warm-up runs, GraphQL and Cypher alternating, parameters cycling over ` +
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
      `hand-written Cypher; the plans are in \`${started.toISOString().slice(0, 10)}-${size}-plans.md\`.`,
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
    `autocannon (own process, ${AUTOCANNON_TIMEOUT_S} s timeout per request), ${DURATION} s per row, POST with ` +
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
    `| p95 ego network ≤ 20 ms (at L) | ${f1(egoP95)} ms (worst of depth 1 and 2) | ${egoP95 <= 20 ? "yes" : "no"}${size === "L" ? "" : " (not L)"} |`,
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

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = new Date();
  log(`size ${size}: ${int(RELATIONS)} relations, seed ${SEED}; Neo4j home ${home}`);
  await rm(home, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  // Free ports (chosen again on each start), and never a running server: the benchmark measures a Neo4j of its own.
  const target = {
    local: { home, password: "actorgraph-bench", heap: "2g", pageCache: "1g", reuse: false },
    database: DATABASE,
  };
  const neo4jLog = (line: string) => log(`neo4j: ${line}`);
  let db = await openDatabase(target, { log: neo4jLog });
  let driver = db.driver;
  /** Stops Neo4j, runs `whileStopped` on its files, starts it again with a new driver (schema left as it is). */
  const restart = async (whileStopped: () => Promise<void>) => {
    await db.close();
    await whileStopped();
    db = await openDatabase(target, { log: neo4jLog, schema: false });
    driver = db.driver;
  };
  let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  try {
    const load: LoadFigures = {
      articles: 0,
      actors: 0,
      relations: 0,
      singleArticles: 0,
      singleRelations: 0,
      singleMs: 0,
      bulkArticles: 0,
      bulkRelations: 0,
      bulkMs: 0,
      baselineRelations: 0,
      baselineMs: 0,
      wipeMs: 0,
      importRelations: 0,
      importMs: 0,
      importIndexMs: 0,
      storeBytes: 0,
      txLogBytes: 0,
      maxDegree: 0,
      medianDegree: 0,
    };
    log("loading the corpus through the loader (per-article sample, then bulk)…");
    await loadThroughLoader(driver, load);
    const singleRate = load.singleRelations / (load.singleMs / 1000);
    const bulkRate = load.bulkRelations / (load.bulkMs / 1000);
    log(`loaded ${int(load.relations)} relations: per article ${int(singleRate)}/s, bulk ${int(bulkRate)}/s`);
    const counts = await driver.executeQuery(
      "MATCH (a:Actor) RETURN count(a) AS actors",
      {},
      { database: DATABASE },
    );
    load.actors = counts.records[0]?.get("actors") as number;
    // Community has no db.checkpoint(): a clean stop checkpoints, so the files on disk are the whole database.
    await restart(async () => {
      load.storeBytes = await du(join(home, "data", "databases", DATABASE));
      load.txLogBytes = await du(join(home, "data", "transactions", DATABASE));
      log(
        `on disk: store ${mb(load.storeBytes)}, transaction logs ${mb(load.txLogBytes)}; restarting Neo4j…`,
      );
    });

    const { params, maxDegree, medianDegree } = await pickParams(driver, DATABASE);
    load.maxDegree = maxDegree;
    load.medianDegree = medianDegree;
    log(`query actors: ${params.actors.map((a) => `${a.id} (${a.degree})`).join(", ")}`);

    const counting = countingDriver(driver);
    const yoga = await createGraphqlYoga({
      driver: counting.driver,
      database: DATABASE,
      queryTimeoutMs: 30_000,
      corsOrigins: ["*"],
    });
    http = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: yoga });
    const url = `http://127.0.0.1:${http.port}/graphql`;
    log(`GraphQL on ${url}; measuring latency…`);
    const latency = await measureLatency(url, driver, counting.log, params);
    log("profiling each query (Cypher PROFILE)…");
    const profiles = await profileQueries(url, driver, counting.log, params);
    // Load runs against an API over the plain driver: the counting driver keeps every statement it sees, which
    // under load is memory the API itself does not use (a soak would measure the log's growth).
    await http.close();
    const serving = await createGraphqlYoga({
      driver,
      database: DATABASE,
      queryTimeoutMs: 30_000,
      corsOrigins: ["*"],
    });
    http = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: serving });
    const loadUrl = `http://127.0.0.1:${http.port}/graphql`;
    log("measuring throughput…");
    const throughput = await measureThroughput(loadUrl, params);
    let soaked: SoakFigures | undefined;
    if (SOAK_SECONDS > 0) {
      log(`soak: ${SOAK_SECONDS} s at ${SOAK_CONNECTIONS} connections over every research query…`);
      const bodies = QUERIES.flatMap((q) =>
        params.actors.map((_, i) => JSON.stringify({ query: q.graphql, variables: q.variables(i, params) })),
      );
      soaked = await soak(loadUrl, bodies, SOAK_SECONDS, SOAK_CONNECTIONS, AUTOCANNON_TIMEOUT_S, log);
      log(
        `  soak: ${int(soaked.requests)} requests, ${soaked.errors} errors, p99 ${soaked.p99} ms; RSS ` +
          `${soaked.rssFirstMb.toFixed(0)} → ${soaked.rssLastMb.toFixed(0)} MB (max ${soaked.rssMaxMb.toFixed(0)})`,
      );
    }
    await http.close();
    http = undefined;

    log("wiping the database for the baseline load…");
    let t = now();
    await wipe(driver);
    load.wipeMs = now() - t;
    log("baseline: plain batched UNWIND … CREATE of the same rows…");
    t = now();
    await loadBaseline(driver, load);
    log(`baseline: ${int(load.baselineRelations / (load.baselineMs / 1000))} relations/s`);

    log("second baseline: neo4j-admin database import of the same rows (offline)…");
    const files = await writeImportCsv(join(home, "import"), corpus());
    await restart(async () => {
      const started = now();
      await runImport(home, DATABASE, files);
      load.importMs = now() - started;
      load.importRelations = files.relations;
      await rm(files.dir, { recursive: true, force: true });
    });
    t = now();
    await applySchema(driver, DATABASE);
    await driver.executeQuery("CALL db.awaitIndexes(3600)", {}, { database: DATABASE });
    load.importIndexMs = now() - t;
    const imported = await driver.executeQuery(
      "MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS relations",
      {},
      { database: DATABASE, routing: "READ" },
    );
    const importedRelations = imported.records[0]?.get("relations") as number;
    if (importedRelations !== files.relations) {
      throw new Error(`the import wrote ${importedRelations} relations, not ${files.relations}`);
    }
    log(
      `import: ${int(files.relations / (load.importMs / 1000))} relations/s; ` +
        `with indexes built after it ${int(files.relations / ((load.importMs + load.importIndexMs) / 1000))}/s`,
    );

    const wallMs = Date.now() - t0;
    const text = report(started, wallMs, await machine(), load, latency, profiles, throughput, soaked);
    const out = resolve("bench/results", `${started.toISOString().slice(0, 10)}-${size}.md`);
    const plansOut = resolve("bench/results", `${started.toISOString().slice(0, 10)}-${size}-plans.md`);
    await mkdir(resolve("bench/results"), { recursive: true });
    await writeFile(out, text);
    await writeFile(plansOut, plansReport(started, profiles));
    console.log(`\n${text}`);
    log(`results written to ${out}, query plans to ${plansOut}`);
  } finally {
    await http?.close();
    await db.close();
    if (!args.keep) await rm(home, { recursive: true, force: true });
    else log(`kept ${home}`);
  }
}

await main();
