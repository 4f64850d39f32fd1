import autocannon from "autocannon";

/**
 * Runs autocannon in its own process (so the load generator does not share the server's event loop) and prints
 * its summary as one JSON line. Input: one JSON argument {url, connections, duration, timeout, bodies}. A response counts
 * as an error (autocannon's `mismatches`) unless it is a GraphQL answer with data and no errors.
 */
const { url, connections, duration, timeout, bodies } = JSON.parse(process.argv[2] ?? "{}") as {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  bodies: string[];
};

const result = await autocannon({
  url,
  connections,
  duration,
  timeout,
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
  requests: bodies.map((body) => ({ method: "POST", body })),
  verifyBody: (body: string) => {
    try {
      const answer = JSON.parse(body) as { data?: unknown; errors?: unknown };
      return answer.errors === undefined && answer.data !== undefined && answer.data !== null;
    } catch {
      return false;
    }
  },
});
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    duration: result.duration,
  })}\n`,
);
