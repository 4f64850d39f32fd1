import { spawn } from "node:child_process";

export interface ThroughputFigures {
  name: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /**
   * All failed requests, and by kind: socket errors, timeouts, non-2xx answers, answers without data or with
   * GraphQL errors (non-2xx ones included).
   */
  errors: number;
  socketErrors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** Seconds a request may go unanswered before it counts as a timeout. */
  readonly timeout: number;
  /** GraphQL request bodies, sent in turn. */
  readonly bodies: readonly string[];
}

/** Drives `url` with autocannon in a process of its own (bench/load-generator.ts) and reads its summary. */
export async function runAutocannon(options: LoadOptions): Promise<Omit<ThroughputFigures, "name">> {
  const { connections } = options;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "bench/load-generator.ts", JSON.stringify(options)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((done) => child.once("exit", done));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  const r = JSON.parse(out.trim().split("\n").pop() ?? "{}");
  // autocannon counts a timeout as an error too, and a non-2xx answer (it carries GraphQL errors) fails the
  // body check as well: the total counts each failed request once.
  const timeouts = r.timeouts as number;
  const socketErrors = (r.errors as number) - timeouts;
  return {
    connections,
    requests: r.requests,
    rps: r.rps,
    p50: r.p50,
    p99: r.p99,
    max: r.max,
    errors: socketErrors + timeouts + Math.max(r.non2xx, r.mismatches),
    socketErrors,
    timeouts,
    non2xx: r.non2xx,
    graphqlErrors: r.mismatches,
  };
}
