import http from "node:http";
import { parseArgs } from "node:util";
import { createGraphqlYoga } from "../src/graphql/create-yoga.ts";
import { connectDriver } from "../src/neo4j/driver.ts";
import { startHttpServer } from "../src/server/start-http-server.ts";
import { ascending, percentile } from "./figures.ts";
import { cypherOf, pickParams, QUERIES } from "./queries.ts";
import { PHASES, phaseTimer } from "./request-phases.ts";

/**
 * Where a GraphQL request's time goes beyond the database, for one benchmark question against a database that
 * already holds a benchmark corpus (`npm run bench -- --size M --keep`, then start that home):
 *
 *   npm run bench:api -- --uri bolt://localhost:58687 --password actorgraph-bench --query "actor by alias"
 *
 * Times, in turn, the hand-written Cypher through neo4j-driver, the GraphQL request in-process
 * (`yoga.fetch`, no socket), over HTTP with a keep-alive `node:http` client, and over HTTP with `fetch`: the
 * differences are the API's own cost and the transport's. Then splits the in-process request into phases
 * (bench/request-phases.ts). Run it under `node --cpu-prof --import tsx` to see which code spends the API's part.
 */

const { values: args } = parseArgs({
  options: {
    uri: { type: "string", default: "bolt://localhost:58687" },
    user: { type: "string", default: "neo4j" },
    password: { type: "string", default: "actorgraph-bench" },
    database: { type: "string", default: "neo4j" },
    query: { type: "string", default: "actor by alias" },
    requests: { type: "string", default: "300" },
  },
});

const query = QUERIES.find((q) => q.name.startsWith(args.query));
if (!query) throw new Error(`--query must start one of: ${QUERIES.map((q) => q.name).join("; ")}`);
const requests = Number(args.requests);
const driver = await connectDriver({ uri: args.uri, user: args.user, password: args.password });
const database = args.database;
try {
  const yoga = await createGraphqlYoga({ driver, database, queryTimeoutMs: 30_000, corsOrigins: ["*"] });
  const server = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: yoga });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const { params } = await pickParams(driver, database);
  const variables = query.variables(0, params);
  const body = JSON.stringify({ query: query.graphql, variables });
  const headers = { "content-type": "application/json", accept: "application/graphql-response+json" };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const sides: [string, () => Promise<unknown>][] = [
    [
      "hand-written Cypher (neo4j-driver)",
      async () => (await driver.executeQuery(cypherOf(query, variables), variables, { database })).records,
    ],
    [
      "GraphQL in-process (yoga.fetch)",
      async () => (await yoga.fetch("http://localhost/graphql", { method: "POST", headers, body })).json(),
    ],
    [
      "GraphQL over HTTP (node:http, keep-alive)",
      () =>
        new Promise((resolve, reject) => {
          const request = http.request(url, { method: "POST", agent, headers }, (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
          });
          request.on("error", reject);
          request.end(body);
        }),
    ],
    ["GraphQL over HTTP (fetch)", async () => (await fetch(url, { method: "POST", headers, body })).json()],
  ];
  console.log(`${query.name}: ${requests} requests per side after 20 warm-up requests`);
  for (const [name, run] of sides) {
    for (let i = 0; i < 20; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    const sorted = ascending(times);
    const at = (p: number) => percentile(sorted, p).toFixed(2);
    console.log(`  ${name.padEnd(44)} p50 ${at(50)} ms  p95 ${at(95)} ms`);
  }
  agent.destroy();
  await server.close();

  // The same requests in-process on an API whose plugins and driver mark each phase.
  const timer = phaseTimer(driver);
  const timed = await createGraphqlYoga({
    driver: timer.driver,
    database,
    queryTimeoutMs: 30_000,
    corsOrigins: ["*"],
    plugins: [timer.plugin],
  });
  const send = async () => {
    timer.start();
    await (await timed.fetch("http://localhost/graphql", { method: "POST", headers, body })).text();
    timer.end();
  };
  for (let i = 0; i < 20; i++) await send();
  timer.durations.forEach((d) => {
    d.length = 0;
  });
  for (let i = 0; i < requests; i++) await send();
  console.log("  phases of the in-process request (p50 / mean ms):");
  let sum = 0;
  for (const phase of PHASES) {
    const d = timer.durations.get(phase.name) ?? [];
    const mean = d.reduce((a, b) => a + b, 0) / Math.max(d.length, 1);
    sum += mean;
    console.log(
      `    ${phase.name.padEnd(58)} ${percentile(ascending(d), 50).toFixed(3)} / ${mean.toFixed(3)}`,
    );
  }
  console.log(`    ${"sum of the means".padEnd(58)} ${sum.toFixed(3)}`);
} finally {
  await driver.close();
}
