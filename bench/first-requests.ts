import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readSavedQueries } from "../src/browser/guide.ts";
import { readConfig } from "../src/config.ts";
import { exitOnError, InputError } from "../src/errors.ts";
import { createGraphqlYoga, GRAPHQL_ENDPOINT, type GraphqlOptions } from "../src/graphql/create-yoga.ts";
import { readExamples } from "../src/graphql/examples.ts";
import { savedQueryParams } from "../src/graphql/plan-queries.ts";
import { READINESS_ENDPOINT } from "../src/graphql/readiness.ts";
import { planAtStartUp } from "../src/graphql/start-up-planning.ts";
import { annotationFiles, loadAnnotations } from "../src/loader/load-annotations.ts";
import { type OpenDatabase, openDatabase } from "../src/neo4j/open-database.ts";
import { readMerges } from "../src/resolver/merges.ts";
import { startHttpServer } from "../src/server/start-http-server.ts";
import { f1, int, type Log } from "./figures.ts";
import { SIZES, type SizeName } from "./generate-corpus.ts";
import { loadThroughLoader } from "./load.ts";
import { benchNeo4j, parseBenchArgs } from "./options.ts";

/**
 * `npm run bench:first -- [--size S] [--reuse]`: what a researcher's first click costs after a restart. Loads a
 * benchmark corpus and the annotated articles of data/annotations (whose actors the examples name) into a Neo4j
 * of its own (`.tmp/bench-first-<size>`; `--reuse` keeps the corpus of an earlier
 * run there), restarts Neo4j so that its query cache is empty, starts the API as `npm start` does (the start-up
 * planning, then /ready), and sends every GraphiQL example over HTTP and every saved query of the Browser guide
 * through neo4j-driver: once (the first request), then once more (planned and warm, for comparison). Writes
 * bench/results/<date>-first-requests-<size>.md. Target: each first request ≤ 200 ms.
 */

const TARGET_MS = 200;

const argsSchema = z.object({
  size: z.enum(Object.keys(SIZES) as [SizeName, ...SizeName[]], {
    error: `--size must be one of ${Object.keys(SIZES).join(", ")}`,
  }),
  reuse: z.boolean(),
});

interface FirstRequest {
  readonly kind: "example" | "saved query";
  readonly name: string;
  readonly firstMs: number;
  readonly againMs: number;
  readonly error?: string;
}

async function timed(run: () => Promise<string | undefined>): Promise<{ ms: number; error?: string }> {
  const started = performance.now();
  try {
    const error = await run();
    return { ms: performance.now() - started, ...(error ? { error } : {}) };
  } catch (error) {
    return { ms: performance.now() - started, error: String(error) };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: "string", default: "S" }, reuse: { type: "boolean", default: false } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => i.message).join("; "));
  const { size, reuse } = parsed.data;
  const o = { ...parseBenchArgs(["--size", size]), home: resolve(`.tmp/bench-first-${size}`) };
  const t0 = Date.now();
  const log: Log = (line) =>
    console.log(`[first ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}`);
  const target = benchNeo4j(o.home, o.database);
  const neo4jLog = (line: string) => log(`neo4j: ${line}`);
  let db: OpenDatabase = await openDatabase(target, { log: neo4jLog });
  try {
    const { records } = await db.driver.executeQuery(
      "MATCH ()-[r]->() RETURN count(r) AS n",
      {},
      {
        database: o.database,
      },
    );
    const held = Number(records[0]?.get("n") ?? 0);
    if (!reuse || held === 0) {
      if (held > 0) {
        await db.driver.executeQuery(
          "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS",
          {},
          {
            database: o.database,
          },
        );
      }
      log(`loading the ${size} corpus…`);
      await loadThroughLoader(db.driver, o, log);
      // The articles `npm start` loads, whose actors the examples name.
      await loadAnnotations(
        db.driver,
        db.database,
        await annotationFiles(),
        log,
        await readMerges(readConfig().mergesFile),
      );
    } else {
      log(`reusing the ${int(held)} relationships in ${o.home}`);
    }
    log("restarting Neo4j: an empty query cache, as after a restart of the server");
    await db.close();
    db = await openDatabase(target, { log: neo4jLog });

    let planned = false;
    const options: GraphqlOptions = {
      driver: db.driver,
      database: db.database,
      queryTimeoutMs: 30_000,
      corsOrigins: ["*"],
      planned: () => planned,
    };
    const yoga = await createGraphqlYoga(options);
    const http = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: yoga });
    const base = `http://127.0.0.1:${http.port}`;
    try {
      const planningStarted = Date.now();
      const plans = await planAtStartUp(options);
      const planningMs = Date.now() - planningStarted;
      planned = true;
      for (const p of plans) log(`  planned ${p.name}: ${p.error ? `could not: ${p.error}` : `${p.ms} ms`}`);
      const ready = await fetch(`${base}${READINESS_ENDPOINT}`);
      log(`/ready answers ${ready.status} after ${int(planningMs)} ms of planning`);

      const example = (query: string) => async () => {
        const response = await fetch(`${base}${GRAPHQL_ENDPOINT}`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        return body.errors?.map((e) => e.message).join("; ");
      };
      const firsts: FirstRequest[] = [];
      const send = async (
        kind: FirstRequest["kind"],
        name: string,
        run: () => Promise<string | undefined>,
      ) => {
        const first = await timed(run);
        const again = await timed(run);
        const error = first.error ?? again.error;
        firsts.push({ kind, name, firstMs: first.ms, againMs: again.ms, ...(error ? { error } : {}) });
        log(
          `  ${kind} ${name}: first ${f1(first.ms)} ms, again ${f1(again.ms)} ms${error ? ` (${error})` : ""}`,
        );
      };
      for (const e of readExamples()) await send("example", e.name, example(e.query));
      for (const q of await readSavedQueries()) {
        const params = await savedQueryParams(db.driver, db.database, q);
        await send("saved query", q.name, async () => {
          await db.driver.executeQuery(q.cypher, params, { database: db.database, routing: "READ" });
          return undefined;
        });
      }
      const text = report(size, plans.length, planningMs, firsts);
      const day = new Date().toISOString().slice(0, 10);
      const out = resolve("bench/results", `${day}-first-requests-${size}.md`);
      await mkdir(resolve("bench/results"), { recursive: true });
      await writeFile(out, text);
      log(`results written to ${out}`);
    } finally {
      await http.close();
    }
  } finally {
    await db.close();
  }
}

function report(size: string, planned: number, planningMs: number, firsts: readonly FirstRequest[]): string {
  const over = firsts.filter((f) => f.firstMs > TARGET_MS || f.error);
  const rows = firsts.map(
    (f) =>
      `| ${f.kind} | ${f.name} | ${f1(f.firstMs)} | ${f1(f.againMs)} | ${f.firstMs <= TARGET_MS && !f.error ? "yes" : "no"} | ${f.error ?? ""} |`,
  );
  return [
    `# First requests after a restart, size ${size}, ${new Date().toISOString().slice(0, 10)}`,
    "",
    `\`npm run bench:first -- --size ${size}\`: Neo4j restarted (empty query cache), the API started as \`npm start\` ` +
      `does (${planned} queries planned in ${int(planningMs)} ms before /ready), then each GraphiQL example over HTTP ` +
      "and each saved query of the Browser guide through neo4j-driver, once, then once more.",
    "",
    "| kind | name | first (ms) | again (ms) | ≤ 200 ms | error |",
    "|---|---|---:|---:|---|---|",
    ...rows,
    "",
    `${firsts.length - over.length} of ${firsts.length} first requests within ${TARGET_MS} ms` +
      (over.length > 0 ? `; over: ${over.map((f) => f.name).join(", ")}.` : "."),
    "",
  ].join("\n");
}

await main().catch(exitOnError);
