import { execFile } from "node:child_process";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { exitOnError } from "../src/errors.ts";
import { freePort } from "../src/neo4j/launcher/probe-port.ts";
import { openDatabase } from "../src/neo4j/open-database.ts";
import { f1, f2, int, type Log, mb, rate } from "./figures.ts";
import { loadBaseline } from "./load.ts";
import { type BenchOptions, benchNeo4j, parseBenchArgs } from "./options.ts";
import { machine } from "./report.ts";

/**
 * `npm run bench:export -- --size tiny|S|M|L [--seed 42] [--keep]`
 *
 * The exports and the offline import as a researcher runs them, through the CLI (bin/actorgraph.js) in child
 * processes whose heap bench/heap-probe.mjs samples: loads the synthetic corpus with the plain batched
 * `UNWIND … CREATE` (the baseline of the same run), exports it in every format, then imports the JSONL export
 * with `actorgraph import --offline --replace` into the same (stopped) server. Writes
 * bench/results/<date>-<size>-export.md.
 */

interface Peaks {
  readonly heapUsed: number;
  readonly heapTotal: number;
  /** The heap in use right after a full collection: what the process held, without its garbage. */
  readonly heapAfterGc: number;
  readonly maxRss: number;
}

interface Run {
  readonly what: string;
  readonly ms: number;
  readonly peaks: Peaks;
  readonly bytes: number;
  readonly stdout: string;
  readonly stderr: string;
}

const PROBE = resolve("bench/heap-probe.mjs");

/** `actorgraph …args` in a child process with the heap probe, failing on a non-zero exit. */
async function cli(
  what: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  out?: string,
): Promise<Run> {
  const probeFile = resolve(`.tmp/heap-probe-${process.pid}.json`);
  const started = performance.now();
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((done, fail) => {
    execFile(
      process.execPath,
      ["--import", PROBE, "bin/actorgraph.js", ...args],
      { env: { ...env, HEAP_PROBE_OUT: probeFile }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`actorgraph ${args.join(" ")} failed: ${stderr}`));
        else done({ stdout, stderr });
      },
    );
  });
  const ms = performance.now() - started;
  const peaks = JSON.parse(await readFile(probeFile, "utf8")) as Peaks;
  await rm(probeFile);
  return { what, ms, peaks, bytes: out ? (await stat(out)).size : 0, stdout, stderr };
}

const EXPORTS = [
  { what: "JSONL (every record)", file: "corpus.jsonl", args: ["--format", "jsonl"] },
  { what: "GraphML", file: "corpus.graphml", args: ["--format", "graphml"] },
  { what: "CSV relations", file: "relations.csv", args: ["--format", "csv", "--table", "relations"] },
  { what: "CSV actors", file: "actors.csv", args: ["--format", "csv", "--table", "actors"] },
  { what: "CSV mentions", file: "mentions.csv", args: ["--format", "csv", "--table", "mentions"] },
  { what: "CSV articles", file: "articles.csv", args: ["--format", "csv", "--table", "articles"] },
] as const;

/** The phases `actorgraph import --offline` prints, in seconds. */
function importPhases(stdout: string) {
  const m = stdout.match(
    /Imported (\d+) article\(s\), (\d+) relation\(s\), (\d+) actor\(s\) offline in ([\d.]+) s \(reading ([\d.]+) s, CSV ([\d.]+) s, neo4j-admin ([\d.]+) s = \d+ relations\/s, start ([\d.]+) s, constraints and indexes ([\d.]+) s\)/,
  );
  if (!m) throw new Error(`unexpected output of import --offline: ${stdout}`);
  const [, articles, relations, actors, total, read, csv, importer, start, schema] = m.map(
    Number,
  ) as number[];
  return { articles, relations, actors, total, read, csv, importer, start, schema } as Record<string, number>;
}

async function main(o: BenchOptions): Promise<void> {
  const t0 = Date.now();
  const log: Log = (line) =>
    console.log(`[bench:export ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}`);
  const started = new Date();
  const home = resolve(`.tmp/bench-export-${o.size}`);
  const outDir = join(home, "exports");
  await rm(home, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const target = benchNeo4j(home, o.database, { boltPort: await freePort(), httpPort: await freePort() });
  const { local } = target;
  const db = await openDatabase(target, { log: (line) => log(`neo4j: ${line}`) });
  let closed = false;
  try {
    log(`size ${o.size}: ${int(o.relations)} relations; baseline load (UNWIND … CREATE)…`);
    const baseline = await loadBaseline(db.driver, o, log);
    const baselineRate = rate(baseline.relations, baseline.ms);
    log(`baseline: ${int(baselineRate)} relations/s`);

    const remote = {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      NEO4J_DATABASE: o.database,
    };
    const exports: Run[] = [];
    for (const e of EXPORTS) {
      const out = join(outDir, e.file);
      const run = await cli(e.what, ["export", ...e.args, "--out", out], remote, out);
      log(
        `export ${e.what}: ${f1(run.ms / 1000)} s, ${mb(run.bytes)}, peak heap ${mb(run.peaks.heapUsed)} (${mb(run.peaks.heapAfterGc)} after full GC)`,
      );
      exports.push(run);
    }

    await db.close();
    closed = true;
    const { NEO4J_URI: _local, ...env } = process.env;
    const offline = await cli(
      "import --offline",
      ["import", "--offline", "--replace", join(outDir, "corpus.jsonl")],
      {
        ...env,
        ACTORGRAPH_NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(local.boltPort),
        NEO4J_HTTP_PORT: String(local.httpPort),
        NEO4J_PASSWORD: local.password,
        NEO4J_HEAP: local.heap,
        NEO4J_PAGECACHE: local.pageCache,
        NEO4J_DATABASE: o.database,
      },
    );
    const p = importPhases(offline.stdout);
    log(offline.stdout.trim());

    const ratio = (relations: number, seconds: number) => f2(rate(relations, seconds * 1000) / baselineRate);
    const relations = p.relations as number;
    const row = (what: string, seconds: number) =>
      `| ${what} | ${f1(seconds)} | ${int(rate(relations, seconds * 1000))} | ${ratio(relations, seconds)} |`;
    const lines = [
      `# actorgraph benchmark: exports and the offline import, size ${o.size}, ${started.toISOString().slice(0, 10)}`,
      "",
      `\`npm run bench:export -- --size ${o.size}\` (bench/export-bench.ts), seed ${o.seed}: ${int(relations)} relations, ` +
        `${int(p.articles as number)} articles, ${int(p.actors as number)} actors. Wall time ${f1((Date.now() - t0) / 60_000)} min.`,
      "",
      ...(await machine()),
      "",
      "## Exports (`actorgraph export --out FILE`, one child process each)",
      "",
      "Peak heap used: the V8 heap in use, sampled every 10 ms (bench/heap-probe.mjs), garbage not yet collected",
      "included; after full GC: the most in use right after a full collection (what the process held); peak RSS:",
      "the process's maximum resident set (heap, code, buffers).",
      "",
      "| export | seconds | file | rows/s (relations) | peak heap used | after full GC | peak heap total | peak RSS |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
      ...exports.map(
        (r) =>
          `| ${r.what} | ${f1(r.ms / 1000)} | ${mb(r.bytes)} | ${r.what.includes("actors") || r.what.includes("mentions") || r.what.includes("articles") ? "–" : int(rate(relations, r.ms))} | ` +
          `${mb(r.peaks.heapUsed)} | ${mb(r.peaks.heapAfterGc)} | ${mb(r.peaks.heapTotal)} | ${mb(r.peaks.maxRss)} |`,
      ),
      "",
      "## Load (relations/s; ratio to the plain `UNWIND … CREATE` of the same run)",
      "",
      "| path | seconds | relations/s | ratio |",
      "|---|---:|---:|---:|",
      `| baseline: plain batched \`UNWIND $rows … CREATE\` (${int(o.baselineBatchRows)} relations per transaction, schema in place) | ${f1(baseline.ms / 1000)} | ${int(baselineRate)} | 1.00 |`,
      row("`import --offline`: neo4j-admin alone", p.importer as number),
      row(
        "`import --offline`: neo4j-admin, then the constraints and indexes (the start left out)",
        (p.importer as number) + (p.schema as number),
      ),
      row(
        "`import --offline`: neo4j-admin, start, constraints and indexes",
        (p.importer as number) + (p.start as number) + (p.schema as number),
      ),
      row(
        "`import --offline`, the whole command (read and check the JSONL, write the CSV, stop, neo4j-admin, start, indexes)",
        p.total as number,
      ),
      "",
      `Phases of \`import --offline\` (s): reading and checking the JSONL ${f1(p.read as number)}, writing the importer's CSV ` +
        `${f1(p.csv as number)}, neo4j-admin ${f1(p.importer as number)}, start ${f1(p.start as number)}, constraints and ` +
        `indexes ${f1(p.schema as number)}; ` +
        `peak heap ${mb(offline.peaks.heapUsed)}, peak RSS ${mb(offline.peaks.maxRss)}.`,
      "",
    ];
    const day = started.toISOString().slice(0, 10);
    const file = resolve("bench/results", `${day}-${o.size}-export.md`);
    await writeFile(file, lines.join("\n"));
    console.log(`\n${lines.join("\n")}`);
    log(`results written to ${file}`);
  } finally {
    if (!closed) await db.close();
    if (!o.keep) await rm(home, { recursive: true, force: true });
  }
}

await main(parseBenchArgs(process.argv.slice(2))).catch(exitOnError);
