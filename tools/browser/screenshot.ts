import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readSavedQueries } from "../../src/browser/guide.ts";
import { InputError } from "../../src/errors.ts";
import { startBrowserStack } from "./browser-stack.ts";
import {
  dismissBanners,
  launchChromium,
  logIn,
  newestFrame,
  presentDrawing,
  runInEditor,
  waitForDrawing,
} from "./browser-ui.ts";
import { resultGraph } from "./result-graph.ts";

/**
 * `npm run screenshot`: regenerates docs/browser.png from a fresh clone. Starts the Browser asset server and a
 * throwaway Neo4j with actorgraph's Browser settings (on free ports unless told otherwise), loads the
 * annotated articles, logs in to Neo4j Browser in headless Chromium, runs the saved article-graph query from
 * the guide's queries, checks that the drawing holds the query's result, and saves the window.
 *
 *   npm run screenshot -- [--out docs/browser.png] [--bolt-port PORT] [--http-port PORT]
 */

const DEFAULT_OUT = new URL("../../docs/browser.png", import.meta.url).pathname;
const QUERY = "article-graph";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: DEFAULT_OUT },
      "bolt-port": { type: "string" },
      "http-port": { type: "string" },
    },
  });
  const out = resolve(values.out);
  const log = (line: string) => console.log(line);

  const query = (await readSavedQueries()).find((q) => q.name === QUERY);
  if (!query) throw new InputError(`cypher/queries/${QUERY}.cypher is missing`);

  const profile = await mkdtemp(join(tmpdir(), "actorgraph-chromium-"));
  try {
    log("Starting Chromium…");
    const context = await launchChromium(profile, { width: 1600, height: 1000 });
    try {
      const stack = await startBrowserStack({
        ...(values["bolt-port"] ? { boltPort: Number(values["bolt-port"]) } : {}),
        ...(values["http-port"] ? { httpPort: Number(values["http-port"]) } : {}),
        log,
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        log(`Logging in to Neo4j Browser at ${stack.neo4j.browserUrl} (${stack.neo4j.boltUri})…`);
        await logIn(page, {
          browserUrl: stack.neo4j.browserUrl,
          boltUri: stack.neo4j.boltUri,
          user: stack.neo4j.user,
          password: stack.neo4j.password,
        });
        log("Waiting for the guide and the style (browser.post_connect_cmd)…");
        await page.getByTestId("guidesDrawer").getByText("actorgraph").first().waitFor({ timeout: 30_000 });
        await page.getByTestId("frameCommand").filter({ hasText: ":style http" }).first().waitFor();
        await dismissBanners(page);

        log(`Running cypher/queries/${QUERY}.cypher…`);
        const want = await resultGraph(stack.driver, stack.database, query.cypher);
        await runInEditor(page, ":clear");
        await runInEditor(page, query.cypher);
        const frame = newestFrame(page);
        const counts = await waitForDrawing(frame);
        log(
          `Browser drew ${counts.nodes} nodes and ${counts.relationships} relationships ` +
            `(the query's result: ${want.nodes.size} and ${want.relationships.size}).`,
        );
        if (counts.nodes !== want.nodes.size || counts.relationships !== want.relationships.size) {
          throw new Error("the drawing does not hold the query's result; not writing the picture");
        }
        await presentDrawing(frame);
        await mkdir(dirname(out), { recursive: true });
        await page.screenshot({ path: out });
        log(`Wrote ${out}`);
      } finally {
        log("Stopping Neo4j and the asset server…");
        await stack.stop();
      }
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof InputError ? error.message : error);
  process.exitCode = 1;
});
