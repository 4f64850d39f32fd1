import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import type { CorpusStreams } from "../../src/corpus/read-corpus.ts";
import { corpusToJsonl } from "../../src/corpus/write-jsonl.ts";
import type { ActorRow } from "../../src/model/rows.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { graphSnapshot } from "../helpers/graph-snapshot.ts";
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

const snapshot = () => graphSnapshot(db.driver(), db.database);

/** Whether Neo4j is running a statement of an import's or an ingest's write transaction right now. */
async function loaderIsWriting(): Promise<boolean> {
  const { records } = await db
    .driver()
    .executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries",
      {},
      { database: db.database },
    );
  const queries: string[] = records[0]?.get("queries") ?? [];
  return queries.some((q) => /UNWIND \$(articles|actors|mentions|relations) AS|\$articleId/.test(q));
}

/** Runs `actorgraph ARGS` and kills it with SIGKILL while its write transaction runs a statement. */
async function killWhileWriting(args: readonly string[]): Promise<string> {
  const child: ChildProcess = spawn(process.execPath, ["bin/actorgraph.js", ...args], {
    env: testDatabaseEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const until = Date.now() + 120_000;
  while (!(await loaderIsWriting())) {
    expect(Date.now(), `never saw its transaction; it printed: ${output}`).toBeLessThan(until);
    expect(child.exitCode, `it ended before it was killed: ${output}`).toBeNull();
  }
  child.kill("SIGKILL");
  await exited;
  // Neo4j notices the dropped connection and rolls back; wait for the transaction to go.
  for (let i = 0; i < 100 && (await loaderIsWriting()); i++) await new Promise((r) => setTimeout(r, 100));
  return output;
}

const BIG_ARTICLE_ID = "2025-06-30-long-border-dispute";
const BIG_RELATIONS = 4_000;

/**
 * A long fictional article, one accusation per sentence, and its annotation: ingested once, then replaced by a
 * version whose relations are reversed (Ostrava accusing Valdoria), so a replacement cut short would show as a
 * mix of the two.
 */
async function writeBigAnnotation(version: "first" | "second"): Promise<[string, string]> {
  const [accuser, accused] = version === "first" ? ["Valdoria", "Ostrava"] : ["Ostrava", "Valdoria"];
  const sentences = Array.from(
    { length: BIG_RELATIONS },
    (_, i) => `${accuser} accused ${accused} of shelling border post ${i + 1}.`,
  );
  const article = join(scratch, `${BIG_ARTICLE_ID}.txt`);
  await writeFile(
    article,
    `date 2025-06-30\ntitle: Valdoria and Ostrava trade accusations over border posts\n\nFERRIN — ${sentences.join(" ")}\n`,
  );
  const slug = (name: string) => `${name.toLowerCase()}-government`;
  const relations = sentences.map((evidence, i) => ({
    id: `accusation-${i + 1}`,
    type: "ACCUSES",
    source: slug(accuser),
    target: slug(accused),
    evidence: evidence.slice(0, -1),
    status: "alleged",
  }));
  const annotation = join(scratch, `${BIG_ARTICLE_ID}-${version}.yaml`);
  const actors = ["Valdoria", "Ostrava"].map((name) => ({
    id: slug(name),
    kind: "Government",
    name: `Government of ${name}`,
    aliases: [name],
    description: `The government of ${name}, a fictional country of the tests.`,
    sector: "GOV",
  }));
  await writeFile(
    annotation,
    JSON.stringify({ article: { id: BIG_ARTICLE_ID, text: article }, actors, relations }),
  );
  return [article, annotation];
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
    const output = await killWhileWriting(["import", exportFile]);
    // Killed before its one batch committed: no progress line was printed.
    expect(output).not.toContain("articles,");
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
  }, 300_000);
});

describe("an ingest of a large annotation killed in the middle of its transaction", () => {
  it("leaves the article's earlier version exactly as it was, and the next ingest succeeds", async () => {
    const [article, first] = await writeBigAnnotation("first");
    const loaded = await runCli(["ingest", article, first]);
    expect(loaded.stderr).toBe("");
    expect(loaded.stdout).toContain(`relations: ${BIG_RELATIONS} added, 0 replaced in place, 0 removed`);
    const before = await snapshot();

    const [, second] = await writeBigAnnotation("second");
    const output = await killWhileWriting(["ingest", article, second]);
    expect(output).not.toContain("Ingested");
    expect(await snapshot()).toBe(before);
    const { records } = await db
      .driver()
      .executeQuery(
        "MATCH (s)-[r:ACCUSES]->() WHERE r.articleId = $id RETURN s.id AS source, count(*) AS n",
        { id: BIG_ARTICLE_ID },
        { database: db.database },
      );
    expect(records.map((r) => [r.get("source"), Number(r.get("n"))])).toEqual([
      ["valdoria-government", BIG_RELATIONS],
    ]);

    const again = await runCli(["ingest", article, second]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`relations: 0 added, ${BIG_RELATIONS} replaced in place, 0 removed`);
    // A busy machine: three ingests of 4,000 relations, each validated against the article first.
  }, 600_000);
});
