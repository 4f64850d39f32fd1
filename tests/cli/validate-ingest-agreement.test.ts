import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { freePort } from "../../src/neo4j/launcher/probe-port.ts";
import { seedDatabase, useTestDatabase } from "../helpers/database.ts";
import { runCli } from "../helpers/run-cli.ts";

const db = useTestDatabase({ seed: true });
// Each case starts from the seed alone: removing an article leaves the aliases it added on the actors.
beforeEach(async () => {
  await seedDatabase(db.driver(), db.database);
});

/** Every fixture annotation, valid or not, with its article (found by the annotation's id). */
const FIXTURES = [
  ...(await readdir("tests/fixtures/annotations")).map((f) => join("tests/fixtures/annotations", f)),
  ...(await readdir("tests/fixtures/resolver")).map((f) => join("tests/fixtures/resolver", f)),
].sort();
const articleOf = (annotation: string) =>
  join(
    "tests/fixtures/articles",
    `${annotation
      .split("/")
      .pop()
      ?.replace(/(\.naive)?\.yaml$/, "")}.txt`,
  );

/** The problem lines a command printed about a file: `file:line: path: message`, in order. */
const problemLines = (output: string, file: string) =>
  output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${file}:`));

// No NEO4J_URI, and a port where nothing answers: validate then reads the known actors from the annotation files.
const noDatabase = { NEO4J_URI: undefined, NEO4J_BOLT_PORT: String(await freePort()) };

describe("validate and ingest give one verdict, from one resolver", () => {
  it.each(FIXTURES)("%s", async (file) => {
    const withGraph = await runCli(["validate", file]);
    const fromFiles = await runCli(["validate", file], noDatabase);
    expect(fromFiles.stderr).toContain("Known actors: the annotation files");
    expect(withGraph.stderr).toContain("Known actors: the graph at bolt://");
    const ingested = await runCli(["ingest", articleOf(file), file]);

    expect({ validate: fromFiles.code, ingest: ingested.code }).toEqual({
      validate: withGraph.code,
      ingest: withGraph.code,
    });
    const problems = problemLines(withGraph.stderr, file);
    expect(problemLines(fromFiles.stderr, file)).toEqual(problems);
    expect(problemLines(ingested.stderr, file)).toEqual(problems);
  });

  it("refuses the four new spellings of seed actors, naming each real actor", async () => {
    const file = "tests/fixtures/resolver/2025-05-02-new-spellings.naive.yaml";
    const result = await runCli(["validate", file]);
    expect(result.code).toBe(1);
    expect(
      problemLines(result.stderr, file).map((l) =>
        /existing actor "([^"]+)".*score ([\d.]+)/.exec(l)?.slice(1),
      ),
    ).toEqual([
      ["ishaq-dar", "0.83"],
      ["pakistan-government", "1.00"],
      ["taliban-government", "1.00"],
      // The seed lists "Tehrik-e-Taliban Pakistan" among the TTP's aliases: the new actor carries one of its names.
      ["ttp", "1.00"],
    ]);
  });
});
