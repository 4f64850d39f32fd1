import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { annotationFiles, loadAnnotations } from "../../src/loader/load-annotations.ts";
import { loadArticles } from "../../src/loader/load-articles.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { graphSnapshot } from "../helpers/graph-snapshot.ts";
import { localNeo4jEnv, ownNeo4jSettings, StartStopNeo4j } from "../helpers/own-neo4j.ts";
import { runCliIn } from "../helpers/run-cli.ts";

/**
 * `actorgraph import --offline` on a local Neo4j of this file's own: the seed and a generated corpus loaded
 * online, exported, imported offline over it, then imported online into a wiped database; all three graphs are
 * the very same nodes, relationships and properties.
 */

let settings: Awaited<ReturnType<typeof ownNeo4jSettings>>;
let exportFile: string;
let online: string;
const SLOW = 600_000;
// Every seventh relation machine-coded, one of them with confidence 1, so Browser's mark is compared too.
const GENERATED = [...generateCorpus({ relations: 2_000, seed: 15 })].map((g, i) => ({
  ...g,
  relations: g.relations.map((r, j) =>
    j % 7 === 0 ? { ...r, coder: "machine" as const, confidence: i === 0 ? 1 : 0.75 } : r,
  ),
}));

/** This file's Neo4j: started and stopped by the tests, and by the CLI in between. */
let local: StartStopNeo4j;

async function open(): Promise<Driver> {
  const d = await local.open();
  await applySchema(d, "neo4j");
  return d;
}
const close = () => local.close();
const cli = (args: readonly string[], extra: Record<string, string> = {}) =>
  runCliIn(localNeo4jEnv(settings, extra), args);

beforeAll(async () => {
  settings = await ownNeo4jSettings("offline-import");
  local = new StartStopNeo4j(settings);
  exportFile = join(settings.home, "..", `${settings.home.split("/").pop()}.jsonl`);
  const d = await open();
  await loadAnnotations(d, "neo4j", await annotationFiles(), () => {});
  await loadArticles(d, GENERATED, "neo4j");
  online = await graphSnapshot(d);
  await close();
  const exported = await cli(["export", "--out", exportFile]);
  expect(exported.code, exported.stderr).toBe(0);
}, SLOW);
afterAll(async () => {
  await close();
  await rm(settings.home, { recursive: true, force: true });
  await rm(exportFile, { force: true });
});

describe("actorgraph import --offline", () => {
  it("refuses a remote NEO4J_URI and points to the online import", async () => {
    const result = await cli(["import", "--offline", exportFile], {
      NEO4J_URI: "neo4j+s://team.example.org",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "actorgraph import --offline works on the local Neo4j only; NEO4J_URI points at neo4j+s://team.example.org.",
    );
    expect(result.stderr).toContain("`actorgraph import FILE` (without --offline)");
  });

  it("refuses --replace without --offline", async () => {
    const result = await cli(["import", "--replace", exportFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--replace goes with --offline");
  });

  it(
    "refuses a database that holds a graph, then with --replace builds the graph the online loader built",
    async () => {
      const articles = GENERATED.length + 1;
      const relations = 2_000 + 31;
      const refused = await cli(["import", "--offline", exportFile]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `holds ${articles} article(s) and ${relations} relation(s). \`actorgraph import --offline ${exportFile} --replace\` replaces it whole`,
      );

      const imported = await cli(["import", "--offline", exportFile, "--replace"]);
      expect(imported.stderr).toContain("neo4j-admin database import full:");
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(
        new RegExp(
          `^Imported ${articles} article\\(s\\), ${relations} relation\\(s\\), \\d+ actor\\(s\\) offline in`,
        ),
      );
      const d = await open();
      expect(await graphSnapshot(d)).toBe(online);
      expect(online).toContain('"machineMark":"machine 0.75 · "');
      expect(online).toContain(
        '"evidence":"Ishaq Dar said on Thursday that he will visit Kabul in the coming days"',
      );
    },
    SLOW,
  );

  it(
    "leaves the graph that an online import of the same file builds in an empty database",
    async () => {
      const d = local.driver ?? (await open());
      await d.executeQuery("MATCH (n) DETACH DELETE n");
      await close();
      const imported = await cli(["import", exportFile]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(await graphSnapshot(await open())).toBe(online);
    },
    SLOW,
  );
});
