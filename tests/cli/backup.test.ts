import { existsSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotationFiles, loadAnnotations } from "../../src/loader/load-annotations.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { graphSnapshot } from "../helpers/graph-snapshot.ts";
import { localNeo4jEnv, ownNeo4jSettings, StartStopNeo4j } from "../helpers/own-neo4j.ts";
import { runCliIn } from "../helpers/run-cli.ts";

/**
 * `actorgraph backup` and `restore` on a local Neo4j of this file's own: a dump, the graph wiped, the dump
 * loaded, and the very same nodes, relationships and properties back.
 */

let settings: Awaited<ReturnType<typeof ownNeo4jSettings>>;
let dump: string;
let before: string;
const SLOW = 300_000;

/** This file's Neo4j: started and stopped by the tests, and by the CLI in between. */
let local: StartStopNeo4j;
const open = () => local.open();
const close = () => local.close();
const cli = (args: readonly string[], extra: Record<string, string> = {}) =>
  runCliIn(localNeo4jEnv(settings, extra), args);

beforeAll(async () => {
  settings = await ownNeo4jSettings("backup-test");
  local = new StartStopNeo4j(settings);
  dump = join(settings.home, "..", `${settings.home.split("/").pop()}.dump`);
  const d = await open();
  await applySchema(d, "neo4j");
  await loadAnnotations(d, "neo4j", await annotationFiles(), () => {});
  before = await graphSnapshot(d);
}, SLOW);
afterAll(async () => {
  await close();
  await rm(settings.home, { recursive: true, force: true });
  await rm(dump, { force: true });
});

describe("actorgraph backup and restore", () => {
  it("refuses to back up while the server runs for another process, and says how", async () => {
    const result = await cli(["backup", dump]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Neo4j of ${settings.home} is running (pid ${local.server?.pid}), looked after by process ${process.pid}`,
    );
    expect(existsSync(dump)).toBe(false);
  });

  it(
    "writes a dump of the stopped server, and will not overwrite it without --force",
    async () => {
      await close();
      const result = await cli(["backup", dump]);
      expect(result.stderr).toBe("");
      expect(result).toMatchObject({
        code: 0,
        stdout: `Backed up database "neo4j" of ${settings.home} to ${dump}.\n`,
      });
      expect(statSync(dump).size).toBeGreaterThan(10_000);
      const again = await cli(["backup", dump]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`${dump} exists; \`actorgraph backup ${dump} --force\` overwrites it.`);
    },
    SLOW,
  );

  it(
    "restores the very same graph over a wiped one, only with --force",
    async () => {
      const d = await open();
      await d.executeQuery("MATCH (n) DETACH DELETE n");
      await d.executeQuery("CREATE (:AfterTheBackup {id: 'written-after-the-backup'})");
      await close();

      const refused = await cli(["restore", dump]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `already holds database "neo4j"; \`actorgraph restore ${dump} --force\` replaces it`,
      );
      const restored = await cli(["restore", dump, "--force"]);
      expect(restored.stderr).toBe("");
      expect(restored).toMatchObject({
        code: 0,
        stdout: `Restored database "neo4j" of ${settings.home} from ${dump}.\n`,
      });

      const after = await graphSnapshot(await open());
      expect(after).toBe(before);
      expect(after).toContain('"2025-04-17-dar-kabul-afghan-expulsions"');
      expect(after).not.toContain("written-after-the-backup");
    },
    SLOW,
  );

  it("points a remote NEO4J_URI to export and import", async () => {
    const result = await cli(["backup", dump], { NEO4J_URI: "neo4j+s://team.example.org" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "actorgraph backup works on the local Neo4j only; NEO4J_URI points at neo4j+s://team.example.org.",
    );
    expect(result.stderr).toContain("`actorgraph export --out corpus.jsonl`");
    expect(result.stderr).toContain("`actorgraph import corpus.jsonl`");
  });
});
