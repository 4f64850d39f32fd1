import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readConfig } from "../../src/config.ts";
import { checkApiExposure } from "../../src/graphql/api-token.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** A team server: /graphql wants the bearer token, the probes stay open, and a public HOST needs a token. */

const TOKEN = "team-token-0123456789abcdef";
const { yoga } = useGraphqlYoga(() => ({ apiToken: TOKEN }));
const QUERY = JSON.stringify({ query: '{ actor(id: "ttp") { name } }' });

const post = (headers: Record<string, string>) =>
  yoga().fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: QUERY,
  });

describe("/graphql with ACTORGRAPH_API_TOKEN set", () => {
  it("answers a request with the right bearer token", async () => {
    const response = await post({ authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actor: { name: "TTP" } } });
  });

  it.each([
    ["no header", {}],
    ["a wrong token", { authorization: "Bearer team-token-0123456789abcdeX" }],
    ["a prefix of the token", { authorization: `Bearer ${TOKEN.slice(0, 10)}` }],
    ["another scheme", { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}` }],
  ])("answers 401 without detail to %s", async (_case, headers) => {
    const response = await post(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(await response.json()).toEqual({ errors: [{ message: "Unauthorized" }] });
  });

  it("keeps /health and /ready open", async () => {
    expect((await yoga().fetch("http://yoga/health")).status).toBe(200);
    expect((await yoga().fetch("http://yoga/ready")).status).toBe(200);
  });
});

describe("listening beyond loopback", () => {
  const message =
    /^HOST=0\.0\.0\.0 makes the API reachable from other machines, so it needs a token: set ACTORGRAPH_API_TOKEN/;

  it("is refused without a token, allowed with one or on loopback", () => {
    expect(() =>
      checkApiExposure({ host: "0.0.0.0", apiToken: undefined, allowWithoutToken: false }),
    ).toThrow(message);
    expect(() =>
      checkApiExposure({ host: "192.168.1.5", apiToken: undefined, allowWithoutToken: false }),
    ).toThrow(/HOST=192\.168\.1\.5/);
    for (const host of ["127.0.0.1", "localhost", "::1"]) {
      expect(() => checkApiExposure({ host, apiToken: undefined, allowWithoutToken: false })).not.toThrow();
    }
    expect(() =>
      checkApiExposure({ host: "0.0.0.0", apiToken: TOKEN, allowWithoutToken: false }),
    ).not.toThrow();
  });

  it("stops npm start before it starts anything, with exit code 1 and how to set a token", async () => {
    const { NEO4J_URI: _unused, ...env } = process.env;
    const result = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ["--import", "tsx", "src/main.ts"],
        { env: { ...env, HOST: "0.0.0.0", ACTORGRAPH_API_TOKEN: "" } },
        (error, _stdout, stderr) => resolve({ code: Number(error?.code ?? 0), stderr }),
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Authorization: Bearer <token>");
  });

  it("lets docker-compose.yml's app, published on the host's loopback only, run without one", () => {
    const app = parse(readFileSync("docker-compose.yml", "utf8")).services.app;
    expect(app.ports).toEqual(["127.0.0.1:4000:4000"]);
    const config = readConfig({ ...app.environment, NEO4J_PASSWORD: "actorgraph" });
    expect(() =>
      checkApiExposure({
        host: config.host,
        apiToken: config.apiToken,
        allowWithoutToken: config.allowNoToken,
      }),
    ).not.toThrow();
  });
});
