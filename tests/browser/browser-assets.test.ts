import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAssetsRoute } from "../../src/browser/browser-assets.ts";
import { readGrassFile } from "../../src/browser/grass.ts";
import { type HttpServerHandle, startHttpServer } from "../../src/server/start-http-server.ts";

let server: HttpServerHandle;

beforeAll(async () => {
  server = await startHttpServer({
    host: "127.0.0.1",
    port: 0,
    routes: [browserAssetsRoute()],
    fallback: (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("fallback");
    },
  });
});
afterAll(async () => {
  await server?.close();
});

const BROWSER_ORIGIN = "http://localhost:7474";

describe("browserAssetsRoute", () => {
  it("serves the style sheet to Browser's origin", async () => {
    const res = await fetch(`${server.url}/browser/actorgraph.grass`, {
      headers: { origin: BROWSER_ORIGIN },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    // The file people drag onto Browser is the sheet the server serves.
    expect(await res.text()).toBe(readGrassFile());
  });

  it("serves the guide as HTML, linking the style on the same host", async () => {
    const res = await fetch(`${server.url}/browser/guide.html`, {
      headers: { origin: BROWSER_ORIGIN, pragma: "no-cache", "cache-control": "no-cache" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const html = await res.text();
    expect(html).toContain("<title>actorgraph</title>");
    expect(html).toContain(`:style ${server.url}/browser/actorgraph.grass`);
  });

  it("answers the CORS preflight Browser's guide request triggers", async () => {
    const res = await fetch(`${server.url}/browser/guide.html`, {
      method: "OPTIONS",
      headers: {
        origin: BROWSER_ORIGIN,
        "access-control-request-method": "GET",
        "access-control-request-headers": "cache-control,pragma",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toBe("cache-control,pragma");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("answers HEAD without a body, 404 for other /browser/ paths and 405 for writes", async () => {
    const head = await fetch(`${server.url}/browser/guide.html`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect((await fetch(`${server.url}/browser/secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/browser/guide.html`, { method: "POST" })).status).toBe(405);
  });

  it("leaves every other path to the next handler", async () => {
    const res = await fetch(`${server.url}/graphql`);
    expect(await res.text()).toBe("fallback");
    expect(await (await fetch(`${server.url}/browserish`)).text()).toBe("fallback");
  });
});
