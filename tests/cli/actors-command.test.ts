import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";
import { runCli } from "../helpers/run-cli.ts";

const db = useTestDatabase({ seed: true });
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
    r.toObject(),
  );

const scratch = await mkdtemp(join(tmpdir(), "actorgraph-actors-test-"));
// The merge decisions go to a scratch file, never to the repository's data/.
const env = { ACTORGRAPH_MERGES_FILE: join(scratch, "actor-merges.tsv") };
const SCHOOLS = [
  "tests/fixtures/articles/2025-05-06-dar-urges-schools.txt",
  "tests/fixtures/annotations/2025-05-06-dar-urges-schools.yaml",
];

/** An export with list order set aside (aliases gather in the order articles came). */
async function exported(name: string): Promise<unknown[]> {
  const file = join(scratch, name);
  expect((await runCli(["export", "--out", file], env)).code).toBe(0);
  return (await readFile(file, "utf8"))
    .trimEnd()
    .split("\n")
    .map((line) => {
      const row = JSON.parse(line);
      return Array.isArray(row.aliases) ? { ...row, aliases: [...row.aliases].sort() } : row;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("actorgraph actors", () => {
  it("lists no open duplicate after an annotator declared the pair distinct, and says it left it out", async () => {
    expect((await runCli(["ingest", ...SCHOOLS], env)).code).toBe(0);
    const result = await runCli(["actors", "duplicates"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 probable duplicate pair(s) among 20 actors:");
    expect(result.stdout).toContain("(1 pair(s) declared distinct are not shown.)");
  });

  it("merges two actors in one transaction: relations, attributions, mentions and names move to the kept one", async () => {
    const result = await runCli(
      ["actors", "merge", "ishaq-dar", "mohammad-ishaq-dar", "--note", "one minister"],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Merged mohammad-ishaq-dar (Mohammad Ishaq Dar) into ishaq-dar (Ishaq Dar):",
    );
    expect(result.stdout).toContain("  1 relation(s) now attributed to ishaq-dar.");
    expect(await read("MATCH (a:Actor) WHERE a.id STARTS WITH 'mohammad-ishaq' RETURN a.id AS id")).toEqual(
      [],
    );
    expect(
      await read(
        "MATCH (s:Actor)-[r {articleId: '2025-05-06-dar-urges-schools'}]->(t) RETURN s.id AS s, type(r) AS type, r.attributedTo AS by ORDER BY type",
      ),
    ).toEqual([
      { s: "ishaq-dar", type: "APPEALS_TO", by: "ishaq-dar" },
      { s: "ishaq-dar", type: "DEMANDS", by: null },
    ]);
    const [dar] = await read(
      "MATCH (a:Actor {id: 'ishaq-dar'}) RETURN a.aliases AS aliases, labels(a) AS labels",
    );
    expect(dar).toEqual({
      aliases: ["Dar", "Mohammad Ishaq Dar"],
      labels: expect.arrayContaining(["Actor", "Person"]),
    });
    expect(await readFile(env.ACTORGRAPH_MERGES_FILE, "utf8")).toMatch(
      /^ishaq-dar\tmohammad-ishaq-dar\t\d{4}-\d{2}-\d{2}\tone minister$/m,
    );
  });

  it("shows an actor with its forms, the articles naming it and where merged actors went", async () => {
    const result = await runCli(["actors", "show", "mohammad-ishaq-dar"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("mohammad-ishaq-dar was merged into ishaq-dar");
    expect(result.stdout).toContain(
      'named as (times in the articles): "Dar" ×2, "Ishaq Dar" ×1, "Mohammad Ishaq Dar" ×1',
    );
    expect(result.stdout).toContain("  2025-05-06-dar-urges-schools (2025-05-06): 2 mention(s)");
    expect(result.stdout).toMatch(/→ APPEALS_TO\s+1/);
  });

  it("round-trips: ingesting the article again after the merge changes nothing and loses nothing", async () => {
    const before = await exported("before.jsonl");
    const again = await runCli(["ingest", ...SCHOOLS], env);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('"mohammad-ishaq-dar" was merged into "ishaq-dar"');
    expect(again.stdout).toContain("relations: 0 added, 2 replaced in place, 0 removed");
    expect(await exported("after.jsonl")).toEqual(before);
  });

  it("refuses to merge two kinds unless told, and actors joined by a relation", async () => {
    const kinds = await runCli(["actors", "merge", "pakistan", "pakistan-government"], env);
    expect(kinds.code).toBe(1);
    expect(kinds.stderr).toContain('"pakistan" is a Country and "pakistan-government" a Government');
    const joined = await runCli(
      ["actors", "merge", "taliban-government", "pakistan-government", "--allow-kind-change"],
      env,
    );
    expect(joined.code).toBe(1);
    expect(joined.stderr).toMatch(/\d+ relation\(s\) join "taliban-government" and "pakistan-government"/);
  });
});
