import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { compareCodePoints, corpusStreams } from "../../src/corpus/read-corpus.ts";
import { CSV_TABLES, corpusToCsv } from "../../src/corpus/write-csv.ts";
import { corpusToGraphml } from "../../src/corpus/write-graphml.ts";
import { corpusToJsonl } from "../../src/corpus/write-jsonl.ts";
import { loadArticles } from "../../src/loader/load-articles.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { clearDatabase, seedDatabase, useTestDatabase } from "../helpers/database.ts";

/**
 * Every export, byte for byte, against a reference written by the exporter before it read in pages (one
 * statement per kind, sorted by the server; tests/fixtures/exports/, recorded from commit daaa5d0's code): the
 * seed articles and a generated corpus.
 */
const db = useTestDatabase();

async function text(lines: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const line of lines) out += `${line}\n`;
  return out;
}

/** Small pages, so the generated corpus crosses many page ends (of every kind and of each relation type). */
async function expectExports(name: string): Promise<void> {
  const corpus = corpusStreams(db.driver(), db.database, { page: 7 });
  const dir = `../fixtures/exports/${name}`;
  await expect(await text(corpusToJsonl(corpus))).toMatchFileSnapshot(`${dir}/corpus.jsonl`);
  await expect(await text(corpusToGraphml(corpus))).toMatchFileSnapshot(`${dir}/corpus.graphml`);
  for (const table of CSV_TABLES) {
    await expect(await text(corpusToCsv(corpus, table))).toMatchFileSnapshot(`${dir}/${table}.csv`);
  }
}

describe("exports", () => {
  it("write the seed articles exactly as the reference", async () => {
    await seedDatabase(db.driver(), db.database);
    await expectExports("seed");
  });

  // Pages of 7 make a few hundred reads; slow on a loaded machine.
  it("write a generated corpus exactly as the reference", { timeout: 600_000 }, async () => {
    await clearDatabase(db.driver(), db.database);
    await applySchema(db.driver(), db.database);
    await loadArticles(db.driver(), [...generateCorpus({ relations: 500, seed: 7 })], db.database);
    await expectExports("generated");
    await clearDatabase(db.driver(), db.database);
  });
});

describe("compareCodePoints", () => {
  it("orders as Neo4j does, by code point, where UTF-16 units disagree", () => {
    // U+FF5E before U+1F600 by code point; its UTF-16 unit 0xFF5E is after the surrogate 0xD83D.
    expect(compareCodePoints("a\uff5e", "a\u{1f600}")).toBeLessThan(0);
    expect("a\uff5e" < "a\u{1f600}").toBe(false);
    expect(compareCodePoints("a-1", "a-10")).toBeLessThan(0);
    expect(compareCodePoints("b", "a-10")).toBeGreaterThan(0);
    expect(compareCodePoints("x", "x")).toBe(0);
  });
});
