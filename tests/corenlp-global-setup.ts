import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { DEFAULT_CORENLP } from "../src/config.ts";
import { freePort } from "../src/neo4j/launcher/probe-port.ts";
import { endpointFromUrl } from "../src/nlp/endpoint.ts";
import { startCoreNLP } from "../src/nlp/launcher/start-corenlp.ts";

export interface TestCoreNLP {
  readonly url: string;
  readonly authorization: string | null;
  /** The launcher's home and port, when the server is the launcher's own (not CORENLP_TEST_URL). */
  readonly home: string | null;
  readonly port: number | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    testCoreNLP: TestCoreNLP;
  }
}

/**
 * Starts one real CoreNLP server for the whole run, from the project's launcher, in a temporary home on a port
 * chosen free for this run, unless CORENLP_TEST_URL names a server to use instead (credentials may be in it).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.CORENLP_TEST_URL;
  if (url) {
    project.provide("testCoreNLP", { ...endpointFromUrl(url), home: null, port: null });
    return async () => {};
  }
  const home = await mkdtemp(join(tmpdir(), "actorgraph-test-corenlp-"));
  const port = await freePort();
  const server = await startCoreNLP(
    { home, port, heap: DEFAULT_CORENLP.heap, timeoutMs: DEFAULT_CORENLP.timeoutMs },
    (line) => console.log(`[test corenlp] ${line}`),
    { reuse: false, startTimeoutMs: 540_000 },
  );
  project.provide("testCoreNLP", { url: server.url, authorization: server.authorization, home, port });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
