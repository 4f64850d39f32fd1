import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import type { CorpusStreams } from "../../src/corpus/read-corpus.ts";
import { corpusToJsonl } from "../../src/corpus/write-jsonl.ts";
import type { ActorRow } from "../../src/model/rows.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { runCli, testDatabaseEnv } from "../helpers/run-cli.ts";

/**
 * A write killed outright (SIGKILL: no handler, no rollback of its own) loses nothing: Neo4j rolls back the open
 * transaction when the connection drops, so the graph is exactly as before and the next run succeeds.
 */

const db = useTestDatabase({ seed: true });
let scratch: string;
let exportFile: string;
// About 90 generated articles: one import batch, so one transaction.
const graphs = [...generateCorpus({ relations: 3_000, seed: 17 })];

/** Every node and relationship with its labels or type and properties, in a stable order. */
async function snapshot(): Promise<string> {
  const d = db.driver();
  const nodes = await d.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, labels(n)[0]",
    {},
    { database: db.database },
  );
  const rels = await d.executeQuery(
    "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to, r.id, r.quoteStart",
    {},
    { database: db.database },
  );
  return JSON.stringify([nodes.records.map((r) => r.toObject()), rels.records.map((r) => r.toObject())]);
}

/** Whether Neo4j is running a statement of the import's write transaction right now. */
async function importIsWriting(): Promise<boolean> {
  const { records } = await db
    .driver()
    .executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries",
      {},
      { database: db.database },
    );
  const queries: string[] = records[0]?.get("queries") ?? [];
  return queries.some((q) => /UNWIND \$(articles|actors|mentions|relations) AS/.test(q));
}

beforeAll(async () => {
  expect(graphs.length).toBeLessThan(100);
  scratch = await mkdtemp(join(tmpdir(), "actorgraph-interrupted-"));
  exportFile = join(scratch, "generated.jsonl");
  const actors = new Map<string, ActorRow>();
  for (const g of graphs) for (const a of g.actors) actors.set(a.id, a);
  const streamOf = <Row>(rows: readonly Row[]) =>
    async function* () {
      yield* rows;
    };
  const corpus: CorpusStreams = {
    articles: streamOf(graphs.map((g) => g.article)),
    actors: streamOf([...actors.values()]),
    mentions: streamOf(graphs.flatMap((g) => g.mentions.map((m) => ({ ...m, articleId: g.article.id })))),
    relations: streamOf(graphs.flatMap((g) => g.relations)),
  };
  const lines: string[] = [];
  for await (const line of corpusToJsonl(corpus)) lines.push(line);
  await writeFile(exportFile, `${lines.join("\n")}\n`);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("an import killed in the middle of its transaction", () => {
  it("leaves the graph exactly as it was, and the next import succeeds", async () => {
    const before = await snapshot();
    const child = spawn(process.execPath, ["bin/actorgraph.js", "import", exportFile], {
      env: testDatabaseEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const until = Date.now() + 60_000;
    while (!(await importIsWriting())) {
      expect(Date.now()).toBeLessThan(until);
      expect(child.exitCode).toBeNull();
    }
    child.kill("SIGKILL");
    await exited;
    // Killed before its one batch committed: no progress line was printed.
    expect(stderr).not.toContain("articles,");

    // Neo4j notices the dropped connection and rolls back; wait for the transaction to go.
    for (let i = 0; i < 100 && (await importIsWriting()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await snapshot()).toBe(before);

    const again = await runCli(["import", exportFile]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`^Imported ${graphs.length} article\\(s\\), 3000 relation\\(s\\)`),
    );
    const { records } = await db
      .driver()
      .executeQuery("MATCH (a:Article) RETURN count(a) AS n", {}, { database: db.database });
    expect(records[0]?.get("n")).toBe(graphs.length + 1);
  });
});
