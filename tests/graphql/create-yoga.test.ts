import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphqlYoga, type GraphqlYoga } from "../../src/graphql/create-yoga.ts";
import { FIRST_EXAMPLE, readExamples } from "../../src/graphql/examples.ts";
import { type HttpServerHandle, startHttpServer } from "../../src/server/start-http-server.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { testGraphqlOptions } from "./helpers/graphql-yoga.ts";

/** The app as the server runs it: over real HTTP, behind startHttpServer, and in a browser's eyes. */

const db = useTestDatabase({ seed: true });
let yoga: GraphqlYoga;
let server: HttpServerHandle;

beforeAll(async () => {
  yoga = await createGraphqlYoga(testGraphqlOptions(db));
  server = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: yoga });
});
afterAll(async () => {
  await server?.close();
});

describe("over HTTP", () => {
  it("answers a research question at /graphql", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({
        query:
          "query ($id: ID!) { actor(id: $id) { name aliases relations(types: [PLANS_VISIT]) { dateText } } }",
        variables: { id: "ishaq-dar" },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/graphql-response+json");
    expect(await response.json()).toEqual({
      data: {
        actor: { name: "Ishaq Dar", aliases: ["Dar"], relations: [{ dateText: "in the coming days" }] },
      },
    });
  });

  it("passes every MUST of the GraphQL-over-HTTP conformance audit", async () => {
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
    const musts = audits.filter((audit) => audit.name.startsWith("MUST"));
    expect(musts.length).toBeGreaterThan(10);
    const failures = [];
    for (const audit of musts) {
      const result = await audit.fn();
      if (result.status !== "ok") failures.push({ name: audit.name, reason: result.reason });
    }
    expect(failures).toEqual([]);
  });

  it("says the process is alive at /health and Neo4j answers at /ready", async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("GraphiQL", () => {
  it("opens in a browser on the actor-relations example, with every script inline", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>actorgraph</title>");
    const examples = readExamples();
    expect(examples[0]?.name).toBe(FIRST_EXAMPLE);
    for (const example of examples) expect(html).toContain(JSON.stringify(example.query).slice(1, -1));
    // Offline: nothing is fetched from another host.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net/);
  });
});

describe("CORS", () => {
  const preflight = (app: GraphqlYoga, origin: string) =>
    app.fetch("http://yoga/graphql", {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

  it("lets any origin in when configured with *", async () => {
    const response = await preflight(yoga, "https://notebook.example.org");
    expect(response.headers.get("access-control-allow-origin")).toBe("https://notebook.example.org");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("lets only the configured origins in", async () => {
    const strict = await createGraphqlYoga({
      driver: db.driver(),
      database: db.database,
      queryTimeoutMs: 10_000,
      corsOrigins: ["https://lab.example.org", "https://notebook.example.org"],
    });
    const allowed = await preflight(strict, "https://lab.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://lab.example.org");
    const refused = await preflight(strict, "https://elsewhere.example.com");
    expect(refused.headers.get("access-control-allow-origin")).toBe("null");
    // CORS guards browsers only; the API itself still answers a script.
    dataOf(await postGraphql(strict, "{ graphStats { labels { label } } }"));
  });
});

describe("a read-only API", () => {
  it("has no mutations", async () => {
    const { __schema } = dataOf(await postGraphql(yoga, "{ __schema { mutationType { name } } }"));
    expect(__schema.mutationType).toBeNull();
  });
});
