import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../src/graphql/examples.ts";
import { defaultVariables } from "../../src/graphql/graphiql.ts";
import { type HttpServerHandle, startHttpServer } from "../../src/server/start-http-server.ts";
import { launchChromium } from "../../tools/browser/browser-ui.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** GraphiQL as a researcher meets it on a 1280 px screen, in Debian's Chromium. */

const app = useGraphqlYoga();
let server: HttpServerHandle;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  server = await startHttpServer({ host: "127.0.0.1", port: 0, routes: [], fallback: app.yoga() });
  profile = await mkdtemp(join(tmpdir(), "actorgraph-graphiql-"));
  context = await launchChromium(profile, { width: 1280, height: 800 });
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe("the examples' variables", () => {
  it("are their defaults, as JSON for the Variables pane", () => {
    const byName = new Map(readExamples().map((e) => [e.name, e.query]));
    expect(JSON.parse(defaultVariables(byName.get("find-actors-by-name") ?? "") ?? "")).toEqual({
      query: "Ishak~",
    });
    expect(JSON.parse(defaultVariables(byName.get("relations-of-a-type") ?? "") ?? "")).toEqual({
      types: ["EXPELS"],
    });
    expect(defaultVariables(byName.get("graph-counts") ?? "")).toBeUndefined();
  });
});

describe("the docs pane's Query type", () => {
  it("lists the research fields first, as served", async () => {
    const { __type } = dataOf(await postGraphql(app.yoga(), '{ __type(name: "Query") { fields { name } } }'));
    const names = __type.fields.map((f: { name: string }) => f.name);
    expect(names.slice(0, 4)).toEqual(["actor", "article", "searchActors", "relations"]);
    expect(names.indexOf("graphStats")).toBeLessThan(names.indexOf("actors"));
  });
});

describe("GraphiQL at 1280 px", () => {
  it("shows every example's tab within the window, each with its defaults for the Variables pane", async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/graphql`);
    const tabs = page.locator(".graphiql-tab");
    const examples = readExamples();
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(examples.length);
    for (let i = 0; i < examples.length; i++) {
      const box = await tabs.nth(i).boundingBox();
      expect(box, `tab ${i + 1}`).not.toBeNull();
      expect(box?.x ?? -1, `tab ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0), `tab ${i + 1}`).toBeLessThanOrEqual(1280);
    }
    // The first tab, open on arrival, shows its example's defaults in the Variables pane (a Monaco editor).
    const first = JSON.parse(defaultVariables(examples[0]?.query ?? "") ?? "null");
    expect(first).toEqual({ id: "pakistan-government", plover: ["ACCUSE", "REJECT"], from: "2024-01-01" });
    const variablesPane = page.locator(".graphiql-editor-tool .graphiql-editor").first();
    const shown = async () =>
      ((await variablesPane.locator(".view-lines").textContent()) ?? "")
        .replace(/\s+/g, "")
        .replaceAll("\u00a0", "");
    await expect.poll(shown, { timeout: 30_000 }).toBe(JSON.stringify(first));
    // Each tab carries its example's defaults for the Variables pane, in the options GraphiQL starts from.
    const html = await (await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } })).text();
    expect(html).toContain(JSON.stringify(defaultVariables(examples.at(-1)?.query ?? "")).slice(1, -1));
  });
});
