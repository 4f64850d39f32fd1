import { fileURLToPath } from "node:url";
import { z } from "zod";
import { InputError } from "./errors.ts";

/**
 * The one place that reads `process.env`, and the home of every default. Everything else takes typed options
 * (the launchers and the API read their defaults from here), so tests and the CLI can pass their own without
 * touching the environment.
 */

/** The project's own Neo4j: ports, the login it is created with, and memory that fits a 2-core, 24 GiB machine. */
export const DEFAULT_SERVER = {
  boltPort: 7687,
  httpPort: 7474,
  user: "neo4j",
  password: "actorgraph",
  heap: "2g",
  pageCache: "1g",
} as const;

/** The project's own CoreNLP server: its models take about 2.5 GB, so a 3 GB heap fits beside Neo4j. */
export const DEFAULT_CORENLP = { port: 9000, heap: "3g", timeoutMs: 120_000 } as const;

/** GraphQL requests run against Neo4j at once, and requests that may wait for a turn. */
export const DEFAULT_MAX_CONCURRENT = 16;
export const DEFAULT_MAX_QUEUED = 100;

/**
 * The deadline leaves Neo4j's own transaction timeout the first word: a query it stops in time is reported as
 * QUERY_TIMEOUT with its limit, and only a server that does not answer at all reaches the deadline.
 */
export const deadlineAfterQueryTimeout = (queryTimeoutMs: number) => queryTimeoutMs + 2_000;

const port = z.coerce.number().int().min(1).max(65_535);

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, "must start with bolt://, neo4j://, bolt+s:// or neo4j+s://")
    .optional(),
  NEO4J_USER: z.string().min(1).default(DEFAULT_SERVER.user),
  NEO4J_PASSWORD: z.string().min(1).default(DEFAULT_SERVER.password),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: port.default(DEFAULT_SERVER.boltPort),
  NEO4J_HTTP_PORT: port.default(DEFAULT_SERVER.httpPort),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default(DEFAULT_SERVER.heap),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default(DEFAULT_SERVER.pageCache),
  ACTORGRAPH_NEO4J_HOME: z.string().min(1).default(".neo4j"),
  /** The researcher's actor merge decisions (`actorgraph actors merge`). */
  ACTORGRAPH_MERGES_FILE: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL("../data/actor-merges.tsv", import.meta.url))),
  PORT: port.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Comma-separated origins allowed to call the API from a browser; "*" for any. */
  CORS_ORIGIN: z.string().default("*"),
  /** Per-request Neo4j transaction timeout in milliseconds. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a GraphQL request may take in all before it is answered "database unavailable". */
  REQUEST_DEADLINE_MS: z.coerce.number().int().positive().optional(),
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().positive().default(DEFAULT_MAX_CONCURRENT),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().nonnegative().default(DEFAULT_MAX_QUEUED),
  /** The bearer token /graphql requires; unset: no token (only allowed on a loopback HOST). */
  ACTORGRAPH_API_TOKEN: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(16, "must have at least 16 characters").optional(),
  ),
  ACTORGRAPH_ALLOW_NO_TOKEN: z.enum(["true", "false"]).default("false"),
  /** A CoreNLP server to use instead of starting one (e.g. a pool for a large corpus). */
  CORENLP_URL: z
    .string()
    .regex(/^https?:\/\//, "must start with http:// or https://")
    .optional(),
  CORENLP_PORT: port.default(DEFAULT_CORENLP.port),
  CORENLP_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default(DEFAULT_CORENLP.heap),
  /** How long one article may take in CoreNLP, in milliseconds: the client's wait and the server's limit. */
  CORENLP_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_CORENLP.timeoutMs),
});

export interface Config {
  /** Set when the user points actorgraph at their own Neo4j (Aura, a cluster, a server); else it runs its own. */
  readonly neo4jUri: string | undefined;
  readonly neo4jUser: string;
  readonly neo4jPassword: string;
  readonly neo4jDatabase: string;
  readonly localNeo4j: {
    readonly home: string;
    readonly boltPort: number;
    readonly httpPort: number;
    readonly heap: string;
    readonly pageCache: string;
  };
  readonly port: number;
  readonly host: string;
  readonly corsOrigins: readonly string[];
  readonly queryTimeoutMs: number;
  readonly mergesFile: string;
  readonly requestDeadlineMs: number;
  readonly maxConcurrentRequests: number;
  readonly maxQueuedRequests: number;
  readonly apiToken: string | undefined;
  /** Serve a non-loopback HOST without a token (a container published on the host's loopback only). */
  readonly allowNoToken: boolean;
  readonly corenlp: {
    /** Set when the user names a CoreNLP server; else the launcher runs its own. */
    readonly url: string | undefined;
    readonly timeoutMs: number;
    readonly local: { readonly home: string; readonly port: number; readonly heap: string };
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new InputError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    localNeo4j: {
      home: e.ACTORGRAPH_NEO4J_HOME,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    },
    port: e.PORT,
    host: e.HOST,
    corsOrigins: e.CORS_ORIGIN.split(",").map((o) => o.trim()),
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    mergesFile: e.ACTORGRAPH_MERGES_FILE,
    requestDeadlineMs: e.REQUEST_DEADLINE_MS ?? deadlineAfterQueryTimeout(e.QUERY_TIMEOUT_MS),
    maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS,
    maxQueuedRequests: e.MAX_QUEUED_REQUESTS,
    apiToken: e.ACTORGRAPH_API_TOKEN,
    allowNoToken: e.ACTORGRAPH_ALLOW_NO_TOKEN === "true",
    corenlp: {
      url: e.CORENLP_URL,
      timeoutMs: e.CORENLP_TIMEOUT_MS,
      local: { home: ".corenlp", port: e.CORENLP_PORT, heap: e.CORENLP_HEAP },
    },
  };
}
