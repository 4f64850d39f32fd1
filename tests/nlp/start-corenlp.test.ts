import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_CORENLP } from "../../src/config.ts";
import { InputError } from "../../src/errors.ts";
import { freePort } from "../../src/neo4j/launcher/probe-port.ts";
import { annotate } from "../../src/nlp/client/annotate.ts";
import { startCoreNLP } from "../../src/nlp/launcher/start-corenlp.ts";

const server = inject("testCoreNLP");
const quiet = () => {};
const settings = (home: string, port: number) => ({ ...DEFAULT_CORENLP, home, port });

// These ask the launcher about the server it started for this run; with CORENLP_TEST_URL there is none.
describe.skipIf(server.home === null)("the CoreNLP launcher", () => {
  const home = server.home ?? "";
  const port = server.port ?? 0;

  it("answers only with the password it gave the server", async () => {
    const anonymous = annotate({ url: server.url, authorization: null }, "Kabul.", {
      date: "2025-04-17",
      timeoutMs: 10_000,
    });
    await expect(anonymous).rejects.toThrow("refused the credentials (401)");
  });

  it("reuses the server it started, and leaves it running on stop", async () => {
    const lines: string[] = [];
    const again = await startCoreNLP(settings(home, port), (line) => lines.push(line));
    expect(again.startedHere).toBe(false);
    expect(lines).toEqual([`A CoreNLP server already answers on ${server.url}: using it.`]);
    await again.stop();
    const document = await annotate(again, "Kabul.", { date: "2025-04-17", timeoutMs: 10_000 });
    expect(document.sentences[0]?.entitymentions[0]?.ner).toBe("CITY");
  });

  it("refuses a running server it did not start", async () => {
    const otherHome = await mkdtemp(join(tmpdir(), "actorgraph-corenlp-other-"));
    try {
      await expect(startCoreNLP(settings(otherHome, port), quiet)).rejects.toThrow(
        `Port ${port} holds a CoreNLP server that refuses actorgraph's credentials`,
      );
    } finally {
      await rm(otherHome, { recursive: true, force: true });
    }
  });

  it("refuses to reuse when told to start its own", async () => {
    await expect(startCoreNLP(settings(home, port), quiet, { reuse: false })).rejects.toThrow(
      `Port ${port} holds a CoreNLP server; this run needs one of its own there.`,
    );
  });

  describe("when another program holds the port", () => {
    let squatter: Server;
    let taken: number;
    beforeAll(async () => {
      taken = await freePort();
      squatter = createServer((_request, response) => response.writeHead(404).end());
      await new Promise<void>((resolve) => squatter.listen(taken, "127.0.0.1", resolve));
    });
    afterAll(() => {
      // fetch keeps its connection alive, and close() alone would wait for it.
      squatter.closeAllConnections();
      return new Promise<void>((resolve) => squatter.close(() => resolve()));
    });

    it("says so and starts nothing", async () => {
      const attempt = startCoreNLP(settings(home, taken), quiet);
      await expect(attempt).rejects.toThrow(InputError);
      await expect(attempt).rejects.toThrow(
        `Port ${taken} is taken by a program that is not a CoreNLP server.`,
      );
    });
  });
});
