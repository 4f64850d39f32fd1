import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { InputError } from "../src/errors.ts";
import type { LocalNeo4j, LocalTarget } from "../src/neo4j/open-database.ts";
import { SIZES, type SizeName } from "./generate-corpus.ts";

/** Everything a benchmark run is told: the only place that reads its command line. */
export interface BenchOptions {
  readonly size: SizeName;
  readonly relations: number;
  readonly seed: number;
  /** Keep the Neo4j home at the end. */
  readonly keep: boolean;
  /** The throwaway Neo4j's home, deleted at the start and (unless `keep`) at the end. */
  readonly home: string;
  readonly database: string;
  /** Articles per transaction on the loader's bulk path. */
  readonly batchArticles: number;
  readonly loadTimeoutMs: number;
  /**
   * The per-article path is measured on a sample: the first articles, bounded in count and time (a quarter of
   * the corpus at most, so the bulk path always has the rest).
   */
  readonly singleMaxArticles: number;
  readonly singleMaxMs: number;
  /** Relations per transaction of the `UNWIND … CREATE` baseline. */
  readonly baselineBatchRows: number;
  /** Timed runs per latency question, after `warmup` untimed ones. */
  readonly runs: number;
  readonly warmup: number;
  /** Seconds per autocannon row. */
  readonly duration: number;
  /** autocannon's own default: a request unanswered after this long counts as a timeout. */
  readonly autocannonTimeoutS: number;
  /** With a soak: one more run, at `soakConnections` over a mix of every research query, watching memory. */
  readonly soakSeconds: number;
  readonly soakConnections: number;
}

const count = (flag: string) =>
  z.coerce.number({ error: `--${flag} must be a number` }).int(`--${flag} must be a whole number`);

const argsSchema = z.object({
  size: z.enum(Object.keys(SIZES) as [SizeName, ...SizeName[]], {
    error: `--size must be one of ${Object.keys(SIZES).join(", ")}`,
  }),
  seed: count("seed"),
  keep: z.boolean(),
  duration: count("duration").positive("--duration must be positive").optional(),
  runs: count("runs").positive("--runs must be positive").optional(),
  "batch-articles": count("batch-articles").positive("--batch-articles must be positive"),
  "load-timeout": count("load-timeout").positive("--load-timeout must be positive"),
  soak: count("soak").nonnegative("--soak must not be negative"),
});

/**
 * `npm run bench -- --size tiny|S|M|L [--seed 42] [--keep] [--duration 30] [--runs 50] [--soak 300]
 * [--batch-articles 100] [--load-timeout 5400]`
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
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
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => i.message).join("; "));
  const a = parsed.data;
  const tiny = a.size === "tiny";
  return {
    size: a.size,
    relations: SIZES[a.size],
    seed: a.seed,
    keep: a.keep,
    home: resolve(`.tmp/bench-neo4j-${a.size}`),
    database: "neo4j",
    batchArticles: a["batch-articles"],
    loadTimeoutMs: a["load-timeout"] * 1000,
    singleMaxArticles: tiny ? 3 : a.size === "S" ? 60 : 300,
    singleMaxMs: 60_000,
    baselineBatchRows: 10_000,
    runs: a.runs ?? (tiny ? 10 : 50),
    warmup: tiny ? 2 : 5,
    duration: a.duration ?? (tiny ? 2 : 30),
    autocannonTimeoutS: 10,
    soakSeconds: a.soak,
    soakConnections: 50,
  };
}

/**
 * The benchmark's own Neo4j: in `home`, heap 2g, page cache 1g, on free ports unless given, never a running
 * server reused (a benchmark measures a Neo4j of its own). One definition for every benchmark script, so their
 * figures come from the same server settings.
 */
export function benchNeo4j(
  home: LocalNeo4j["home"],
  database: string,
  ports: Pick<LocalNeo4j, "boltPort" | "httpPort"> = {},
): LocalTarget {
  return {
    local: { home, password: "actorgraph-bench", heap: "2g", pageCache: "1g", reuse: false, ...ports },
    database,
  };
}
