import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { runOfflineImporter } from "../src/corpus/offline-import.ts";
import { writeImportCsv } from "../src/corpus/write-import-csv.ts";
import { exitOnError } from "../src/errors.ts";
import { createGraphqlYoga } from "../src/graphql/create-yoga.ts";
import { applySchema } from "../src/neo4j/apply-schema.ts";
import { type OpenDatabase, openDatabase } from "../src/neo4j/open-database.ts";
import { type HttpServerHandle, startHttpServer } from "../src/server/start-http-server.ts";
import { countingDriver } from "../tools/neo4j/counting-driver.ts";
import { int, type Log, mb, rate } from "./figures.ts";
import { measureLatency } from "./latency.ts";
import { corpusOf, loadBaseline, loadThroughLoader, wipe } from "./load.ts";
import { type BenchOptions, benchNeo4j, parseBenchArgs } from "./options.ts";
import { profileQueries } from "./profile.ts";
import { pickParams } from "./queries.ts";
import { type LoadFigures, machine, plansReport, report } from "./report.ts";
import { measureThroughput, soakAll } from "./throughput.ts";

/**
 * `npm run bench -- --size tiny|S|M|L [--seed 42] [--keep] [--duration 30] [--runs 50] [--soak 300]`
 *
 * Starts its own Neo4j (throwaway home under .tmp/, free ports), loads a synthetic corpus through the project's
 * loader (load.ts), measures GraphQL over HTTP against hand-written Cypher in the same run (latency.ts,
 * profile.ts), drives load with autocannon (throughput.ts), loads the same rows again with a plain
 * UNWIND … CREATE and with neo4j-admin import as the loader's baselines, and writes
 * bench/results/<date>-<size>.md (report.ts). Every figure is reported beside its baseline from the same run.
 */

async function du(path: string): Promise<number> {
  try {
    const { stdout } = await promisify(execFile)("du", ["-sb", path]);
    return Number(stdout.split("\t")[0]);
  } catch {
    return Number.NaN;
  }
}

/** The GraphQL API over `driver`, served in this process on a free loopback port. */
async function serveGraphql(
  driver: Driver,
  database: string,
): Promise<{ http: HttpServerHandle; url: string }> {
  const yoga = await createGraphqlYoga({ driver, database, queryTimeoutMs: 30_000, corsOrigins: ["*"] });
  const http = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: yoga });
  return { http, url: `http://127.0.0.1:${http.port}/graphql` };
}

async function main(o: BenchOptions): Promise<void> {
  const t0 = Date.now();
  const log: Log = (line) =>
    console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}`);
  const started = new Date();
  const { database, home } = o;
  log(`size ${o.size}: ${int(o.relations)} relations, seed ${o.seed}; Neo4j home ${home}`);
  await rm(home, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  // Free ports (chosen again on each start), and never a running server: the benchmark measures a Neo4j of its own.
  const target = benchNeo4j(home, database);
  const neo4jLog = (line: string) => log(`neo4j: ${line}`);
  let db: OpenDatabase = await openDatabase(target, { log: neo4jLog });
  /** Stops Neo4j, runs `whileStopped` on its files, starts it again with a new driver (schema left as it is). */
  const restart = async (whileStopped: () => Promise<void>) => {
    await db.close();
    await whileStopped();
    db = await openDatabase(target, { log: neo4jLog, schema: false });
  };
  let http: HttpServerHandle | undefined;
  try {
    log("loading the corpus through the loader (per-article sample, then bulk)…");
    const loader = await loadThroughLoader(db.driver, o, log);
    log(
      `loaded ${int(loader.relations)} relations: per article ${int(rate(loader.single.relations, loader.single.ms))}/s, ` +
        `bulk ${int(rate(loader.bulk.relations, loader.bulk.ms))}/s`,
    );
    const counts = await db.driver.executeQuery(
      "MATCH (a:Actor) RETURN count(a) AS actors",
      {},
      { database },
    );
    const actors = counts.records[0]?.get("actors") as number;
    // Community has no db.checkpoint(): a clean stop checkpoints, so the files on disk are the whole database.
    let storeBytes = 0;
    let txLogBytes = 0;
    await restart(async () => {
      storeBytes = await du(join(home, "data", "databases", database));
      txLogBytes = await du(join(home, "data", "transactions", database));
      log(`on disk: store ${mb(storeBytes)}, transaction logs ${mb(txLogBytes)}; restarting Neo4j…`);
    });

    const { params, maxDegree, medianDegree } = await pickParams(db.driver, database);
    log(`query actors: ${params.actors.map((a) => `${a.id} (${a.degree})`).join(", ")}`);

    const counting = countingDriver(db.driver);
    const measured = await serveGraphql(counting.driver, database);
    http = measured.http;
    log(`GraphQL on ${measured.url}; measuring latency…`);
    const latency = await measureLatency(measured.url, db.driver, counting.log, params, o, log);
    log("profiling each query (Cypher PROFILE)…");
    const profiles = await profileQueries(measured.url, db.driver, database, counting.log, params, log);
    // Load runs against an API over the plain driver: the counting driver keeps every statement it sees, which
    // under load is memory the API itself does not use (a soak would measure the log's growth).
    await http.close();
    const serving = await serveGraphql(db.driver, database);
    http = serving.http;
    log("measuring throughput…");
    const throughput = await measureThroughput(serving.url, params, o, log);
    const soaked = o.soakSeconds > 0 ? await soakAll(serving.url, params, o, log) : undefined;
    await http.close();
    http = undefined;

    log("wiping the database for the baseline load…");
    let t = performance.now();
    await wipe(db.driver, database);
    const wipeMs = performance.now() - t;
    log("baseline: plain batched UNWIND … CREATE of the same rows…");
    const baseline = await loadBaseline(db.driver, o, log);
    log(`baseline: ${int(rate(baseline.relations, baseline.ms))} relations/s`);

    log("second baseline: neo4j-admin database import of the same rows (offline)…");
    const files = await writeImportCsv(join(home, "import"), corpusOf(o));
    let importMs = 0;
    await restart(async () => {
      const t = performance.now();
      await runOfflineImporter(home, database, files);
      importMs = performance.now() - t;
      await rm(files.dir, { recursive: true, force: true });
    });
    t = performance.now();
    await applySchema(db.driver, database);
    await db.driver.executeQuery("CALL db.awaitIndexes(3600)", {}, { database });
    const indexMs = performance.now() - t;
    const imported = await db.driver.executeQuery(
      "MATCH (:Actor)-[r:!INTERACTS]->(:Actor) RETURN count(r) AS relations",
      {},
      { database, routing: "READ" },
    );
    const importedRelations = imported.records[0]?.get("relations") as number;
    if (importedRelations !== files.relations) {
      throw new Error(`the import wrote ${importedRelations} relations, not ${files.relations}`);
    }
    log(
      `import: ${int(rate(files.relations, importMs))} relations/s; ` +
        `with indexes built after it ${int(rate(files.relations, importMs + indexMs))}/s`,
    );

    const load: LoadFigures = {
      loader,
      actors,
      maxDegree,
      medianDegree,
      storeBytes,
      txLogBytes,
      wipeMs,
      baseline,
      offline: { relations: files.relations, ms: importMs, indexMs },
    };
    const results = {
      started,
      wallMs: Date.now() - t0,
      machine: await machine(),
      load,
      latency,
      profiles,
      throughput,
      soaked,
    };
    const text = report(results, o);
    const day = started.toISOString().slice(0, 10);
    const out = resolve("bench/results", `${day}-${o.size}.md`);
    const plansOut = resolve("bench/results", `${day}-${o.size}-plans.md`);
    await mkdir(resolve("bench/results"), { recursive: true });
    await writeFile(out, text);
    await writeFile(plansOut, plansReport(started, profiles, o));
    console.log(`\n${text}`);
    log(`results written to ${out}, query plans to ${plansOut}`);
  } finally {
    await http?.close();
    await db.close();
    if (!o.keep) await rm(home, { recursive: true, force: true });
    else log(`kept ${home}`);
  }
}

await main(parseBenchArgs(process.argv.slice(2))).catch(exitOnError);
