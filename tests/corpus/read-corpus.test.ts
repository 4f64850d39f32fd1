import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { corpusStreams } from "../../src/corpus/read-corpus.ts";
import { CSV_TABLES, corpusToCsv } from "../../src/corpus/write-csv.ts";
import { corpusToGraphml } from "../../src/corpus/write-graphml.ts";
import { corpusToJsonl } from "../../src/corpus/write-jsonl.ts";
import { loadArticles } from "../../src/loader/load-articles.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { clearDatabase, seedDatabase, useTestDatabase } from "../helpers/database.ts";

/**
 * Every export, byte for byte, against a reference written by the exporter before it read in pages
 * (tests/fixtures/exports/, recorded at commit daaa5d0's code): the seed articles and a generated corpus.
 */
const db = useTestDatabase();

async function text(lines: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const line of lines) out += `${line}\n`;
  return out;
}

async function expectExports(name: string): Promise<void> {
  const corpus = corpusStreams(db.driver(), db.database);
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

  it("write a generated corpus exactly as the reference", async () => {
    await clearDatabase(db.driver(), db.database);
    await applySchema(db.driver(), db.database);
    await loadArticles(db.driver(), [...generateCorpus({ relations: 500, seed: 7 })], db.database);
    await expectExports("generated");
    await clearDatabase(db.driver(), db.database);
  });
});
