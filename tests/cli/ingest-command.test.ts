import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../helpers/database.ts";
import { runCli } from "../helpers/run-cli.ts";

/**
 * The review of a machine draft, end to end: ingested as it stands, its relations are the machine's with their
 * confidence; the same file with a relation's `coder` and `confidence` lines deleted, ingested again, makes that
 * relation a human's.
 */

const db = useTestDatabase();
const ARTICLE = "tests/fixtures/articles/2025-06-03-valdor-border-talks.txt";
const DRAFT = "tests/fixtures/drafts/2025-06-03-valdor-border-talks.yaml";
const ARTICLE_ID = "2025-06-03-valdor-border-talks";
const scratch = await mkdtemp(join(tmpdir(), "actorgraph-review-test-"));

const provenance = async () =>
  (
    await db.driver().executeQuery(
      `MATCH ()-[r]->() WHERE r.articleId = $articleId
       RETURN r.id AS id, r.coder AS coder, r.confidence AS confidence, r.machineMark AS mark ORDER BY id`,
      { articleId: ARTICLE_ID },
      { database: db.database },
    )
  ).records.map((r) => r.toObject());

/** The draft in the scratch folder after `edit`, with its article path made absolute. */
async function draftCopy(name: string, edit: (yaml: string) => string): Promise<string> {
  const yaml = (await readFile(DRAFT, "utf8")).replace(
    "text: ../articles/",
    `text: ${resolve(ARTICLE, "..")}/`,
  );
  const edited = edit(yaml);
  expect(edited).not.toBe(yaml);
  const file = join(scratch, name);
  await writeFile(file, edited);
  return file;
}

const rel = (id: string) => `${ARTICLE_ID}:${id}`;

describe("ingesting a machine draft, then the reviewed draft", () => {
  it("stores the machine's relations as machine-coded with their confidence, and the reviewed ones as human", async () => {
    await clearDatabase(db.driver(), db.database);
    const result = await runCli(["ingest", ARTICLE, DRAFT]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "relations: 4 added, 0 replaced in place, 0 removed (2 machine-coded, not yet confirmed)",
    );
    expect(await provenance()).toEqual([
      { id: rel("envoy-planned"), coder: "human", confidence: null, mark: null },
      { id: rel("fees-criticised"), coder: "human", confidence: null, mark: null },
      { id: rel("permits-cancelled"), coder: "machine", confidence: 0.9, mark: "machine 0.9 · " },
      { id: rel("talks-next-week"), coder: "machine", confidence: 0.72, mark: "machine 0.72 · " },
    ]);
  });

  it("makes a relation human once the reviewer deletes its coder and confidence, or writes coder: human", async () => {
    const reviewed = await draftCopy(`${ARTICLE_ID}.yaml`, (yaml) =>
      yaml
        .replace("    coder: machine\n    confidence: 0.72\n", "")
        .replace("    coder: machine\n    confidence: 0.9\n", "    coder: human\n"),
    );
    const result = await runCli(["ingest", ARTICLE, reviewed]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("relations: 0 added, 4 replaced in place, 0 removed");
    expect(await provenance()).toEqual(
      ["envoy-planned", "fees-criticised", "permits-cancelled", "talks-next-week"].map((id) => ({
        id: rel(id),
        coder: "human",
        confidence: null,
        mark: null,
      })),
    );
  });

  it("refuses a confidence left on a confirmed relation, and a machine relation without one, naming each", async () => {
    const half = await draftCopy("half-reviewed.yaml", (yaml) =>
      yaml
        .replace("    coder: machine\n    confidence: 0.72\n", "    confidence: 0.72\n")
        .replace("    confidence: 0.9\n", ""),
    );
    const before = await provenance();
    const result = await runCli(["ingest", ARTICLE, half]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /half-reviewed\.yaml:\d+: relations\[0\]\.confidence: relation "talks-next-week" has a `confidence` but is coded by a human/,
    );
    expect(result.stderr).toMatch(
      /half-reviewed\.yaml:\d+: relations\[2\]\.coder: relation "permits-cancelled" is machine-coded without a `confidence`/,
    );
    expect(await provenance()).toEqual(before);
  });

  it("refuses a confidence outside (0, 1]", async () => {
    const wrong = await draftCopy("wrong-confidence.yaml", (yaml) =>
      yaml.replace("confidence: 0.72", "confidence: 1.5"),
    );
    const result = await runCli(["validate", wrong], { NEO4J_URI: undefined });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /wrong-confidence\.yaml:\d+: relations\[0\]\.confidence: must be at most 1/,
    );
  });
});
