import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { clearDatabase, SEED_ARTICLE_ID, useTestDatabase } from "../helpers/database.ts";
import { runCli } from "../helpers/run-cli.ts";

const db = useTestDatabase({ seed: true });
const execFileAsync = promisify(execFile);
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
    r.toObject(),
  );
const counts = async () => ({
  labels: await read("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l"),
  types: await read("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t"),
});

const FIXTURES = "tests/fixtures";
const DAR_IN_KABUL = ["articles/2025-04-19-dar-in-kabul.txt", "annotations/2025-04-19-dar-in-kabul.yaml"].map(
  (f) => `${FIXTURES}/${f}`,
);
const IOM_CAMPS = [
  "articles/2025-04-22-iom-border-camps.txt",
  "annotations/2025-04-22-iom-border-camps.yaml",
].map((f) => `${FIXTURES}/${f}`);
const scratch = await mkdtemp(join(tmpdir(), "actorgraph-cli-test-"));

/** A copy of a fixture annotation after one edit, in the scratch folder, its article path made absolute. */
async function editedAnnotation(original: string, find: string, replace: string): Promise<string> {
  const yaml = await readFile(original, "utf8");
  expect(yaml).toContain(find);
  const copy = join(scratch, basename(original).replace(/\.yaml$/, ".edited.yaml"));
  const textDir = resolve(dirname(original), "../articles");
  await writeFile(copy, yaml.replace(find, replace).replace("text: ../articles/", `text: ${textDir}/`));
  return copy;
}

describe("actorgraph ingest", () => {
  it("merges actors referred to by id: one node for the Pakistani government across articles", async () => {
    const result = await runCli(["ingest", ...DAR_IN_KABUL]);
    expect(result.stderr).not.toMatch(/problem/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Ingested 2025-04-19-dar-in-kabul (2025-04-19):");
    expect(result.stdout).toContain("actors:    1 added (amir-khan-muttaqi)");
    expect(result.stdout).toContain("relations: 6 added, 0 replaced in place, 0 removed");
    const rows = await read(
      `MATCH (a:Article)-[:MENTIONS]->(g:Actor {id: 'pakistan-government'})
       RETURN count(DISTINCT g) AS nodes, collect(a.id) AS articles`,
    );
    expect(rows).toEqual([
      { nodes: 1, articles: expect.arrayContaining([SEED_ARTICLE_ID, "2025-04-19-dar-in-kabul"]) },
    ]);
    const denial = await read(
      "MATCH (s:Actor)-[r:DENIES {articleId: '2025-04-19-dar-in-kabul'}]->(t) RETURN s.name AS who, t.id AS accuser, r.evidence AS evidence",
    );
    expect(denial).toEqual([
      { who: "Amir Khan Muttaqi", accuser: "pakistan-government", evidence: "which Muttaqi denied" },
    ]);
  });

  it("reports a new actor that shares a name with an existing one, and writes nothing", async () => {
    const before = await counts();
    const annotation = await editedAnnotation(
      DAR_IN_KABUL[1] as string,
      "  - ref: pakistan-government\n    mentions:",
      "  - id: islamabad-government\n    kind: Government\n    name: Islamabad government\n    aliases: [Islamabad]\n    description: x\n    sector: GOV\n    mentions:",
    );
    const result = await runCli(["ingest", DAR_IN_KABUL[0] as string, annotation]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'new actor "islamabad-government" shares the name "Islamabad" with existing actor "pakistan-government" (Government of Pakistan)',
    );
    expect(await counts()).toEqual(before);
  });

  it("creates the new actor when the annotation says it is a different one", async () => {
    const annotation = await editedAnnotation(
      DAR_IN_KABUL[1] as string,
      "  - id: amir-khan-muttaqi\n    kind: Person\n    name: Amir Khan Muttaqi\n    aliases: [Muttaqi]",
      "  - id: amir-khan-muttaqi\n    kind: Person\n    name: Amir Khan Muttaqi\n    aliases: [Muttaqi, Dar]\n    distinctFrom: [ishaq-dar]",
    );
    // "Dar" is now claimed by two actors in this text, so the validator asks for explicit mentions instead.
    const result = await runCli(["ingest", DAR_IN_KABUL[0] as string, annotation]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /"Dar" \(offset \d+\) is a name or alias of ishaq-dar and amir-khan-muttaqi/,
    );
    expect(result.stderr).not.toContain("shares the name");
  });

  it("replaces an article's relations exactly after its annotation was edited", async () => {
    const annotation = await editedAnnotation(
      DAR_IN_KABUL[1] as string,
      /\n {2}- id: dar-meets-muttaqi\n(?: {4}.*\n)+/.exec(
        await readFile(DAR_IN_KABUL[1] as string, "utf8"),
      )?.[0] as string,
      "\n",
    );
    const result = await runCli(["ingest", DAR_IN_KABUL[0] as string, annotation]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("relations: 0 added, 5 replaced in place, 1 removed");
    expect(await read("MATCH ()-[r:CONSULTS]->() RETURN count(r) AS n")).toEqual([{ n: 0 }]);
    expect((await runCli(["ingest", ...DAR_IN_KABUL])).stdout).toContain(
      "relations: 1 added, 5 replaced in place, 0 removed",
    );
  });
});

describe("actorgraph remove", () => {
  it("removes an article with its relations, and the actors only it mentioned", async () => {
    expect((await runCli(["ingest", ...IOM_CAMPS])).code).toBe(0);
    expect(await read("MATCH (x:Actor {id: 'khyber-pakhtunkhwa-government'}) RETURN x.name AS name")).toEqual(
      [{ name: "Khyber Pakhtunkhwa government" }],
    );
    const result = await runCli(["remove", "2025-04-22-iom-border-camps"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "Removed 2025-04-22-iom-border-camps: 4 relation(s), 1 actor(s) no other article mentions (khyber-pakhtunkhwa-government).\n",
    );
    expect(
      await read("MATCH ()-[r {articleId: '2025-04-22-iom-border-camps'}]->() RETURN count(r) AS n"),
    ).toEqual([{ n: 0 }]);
    // The IOM is still mentioned by the seed article.
    expect(await read("MATCH (x:Actor {id: 'iom'}) RETURN count(x) AS n")).toEqual([{ n: 1 }]);
  });

  it("says so when the article is not in the graph", async () => {
    const result = await runCli(["remove", "no-such-article"]);
    expect(result).toMatchObject({ code: 1, stderr: 'no article "no-such-article" in the graph\n' });
  });
});

describe("actorgraph export and import", () => {
  it("round-trips the corpus through JSON lines into an emptied database with the same counts", async () => {
    const file = join(scratch, "corpus.jsonl");
    const exported = await runCli(["export", "--format", "jsonl", "--out", file]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(
      /Exported 2 article\(s\), 20 actor\(s\), \d+ mention\(s\), 37 relation\(s\) as jsonl/,
    );
    const before = await counts();
    const evidenceBefore = await read(
      "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id, r.evidence AS e, r.start AS s ORDER BY id",
    );

    await clearDatabase(db.driver(), db.database);
    const imported = await runCli(["import", file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 2 article\(s\), 37 relation\(s\)/);
    expect(await counts()).toEqual(before);
    expect(
      await read(
        "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id, r.evidence AS e, r.start AS s ORDER BY id",
      ),
    ).toEqual(evidenceBefore);
  });

  it("refuses an export whose offsets no longer match, naming the line", async () => {
    const file = join(scratch, "corpus.jsonl");
    const lines = (await readFile(file, "utf8")).split("\n");
    const at = lines.findIndex((l) => l.includes('"record":"relation"'));
    lines[at] = (lines[at] as string).replace(/"start":(\d+)/, (_m, n) => `"start":${Number(n) + 1}`);
    const broken = join(scratch, "broken.jsonl");
    await writeFile(broken, lines.join("\n"));
    const result = await runCli(["import", broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${broken}:${at + 1}: evidence: start/end do not slice the article's text to the evidence`,
    );
  });

  it("writes GraphML with every actor and relation, names and provenance included", async () => {
    const result = await runCli(["export", "--format", "graphml"]);
    expect(result.code).toBe(0);
    const xml = result.stdout;
    expect(xml.match(/<node id="[^"]+">/g)?.length).toBe(20 + 2);
    expect(xml.match(/<edge /g)?.length).toBe(37 + 19 + 7);
    expect(xml).toContain('<node id="pakistan-government"><data key="labels">Actor:Government</data>');
    expect(xml).toContain('<data key="e_evidence">The Taliban government denies the charge.</data>');
    expect(xml).toContain("linked to “terrorist” and narcotics");
  });

  it("writes CSV with names and the article beside the ids, and its column types beside it", async () => {
    const out = join(scratch, "relations.csv");
    const result = await runCli(["export", "--format", "csv", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Exported 37 relations row(s) as csv to ${out}.`);
    expect(result.stderr).toContain(`Column types in ${join(scratch, "relations.schema.json")}`);
    // Written under a temporary name and renamed when complete: nothing else is left beside it.
    expect((await readdir(scratch)).filter((f) => f.startsWith("relations."))).toEqual([
      "relations.csv",
      "relations.schema.json",
    ]);
    const rows = (await readFile(out, "utf8")).trimEnd().split("\n");
    expect(rows[0]).toBe(
      "id,articleId,articleDate,articleTitle,source,sourceName,type,target,targetName,category,status," +
        "attributedTo,attributedToName,date,dateFrom,dateTo,dateText,quantity,quantityText,role,cameo,cameoRoot," +
        "plover,ploverMode,evidence,start,end,evidenceSource,note,coder,confidence",
    );
    // Every relation here is a human's: coder written, confidence empty.
    expect(rows.slice(1).every((row) => row.endsWith(",human,"))).toBe(true);
    expect(rows.length).toBe(1 + 37);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^2025-04-17-dar-kabul-afghan-expulsions:taliban-government-denies-charge,2025-04-17-dar-kabul-afghan-expulsions,2025-04-17,.*,taliban-government,Taliban government,DENIES,pakistan-government,Government of Pakistan,event,/,
      ),
    );
    const schema = JSON.parse(await readFile(join(scratch, "relations.schema.json"), "utf8"));
    expect(schema.fields.find((f: { name: string }) => f.name === "cameo")).toMatchObject({ type: "string" });
    expect(schema.fields.find((f: { name: string }) => f.name === "confidence")).toMatchObject({
      type: "number",
    });
    expect(schema.pandas.dtype).toMatchObject({
      cameo: "string",
      quantity: "Int64",
      start: "Int64",
      confidence: "Float64",
    });
    expect(schema.pandas.parse_dates).toEqual(["articleDate", "dateFrom", "dateTo"]);
  });

  it("reads back in pandas with the schema's types: codes stay text, counts stay integers", async () => {
    // Debian's python3-pandas (.ci/run installs it), as a researcher's notebook would read the export.
    const python = "/usr/bin/python3";
    const script = [
      "import json, sys, pandas as pd",
      "s = json.load(open(sys.argv[2]))['pandas']",
      "df = pd.read_csv(sys.argv[1], dtype=s['dtype'], parse_dates=s['parse_dates'])",
      "iom = df[df['attributedTo'] == 'iom'].iloc[0]",
      "print(json.dumps({'rows': len(df), 'cameo': sorted(set(df['cameo'].dropna())),",
      "  'quantityDtype': str(df['quantity'].dtype), 'iomQuantity': int(iom['quantity']),",
      "  'attributedToName': iom['attributedToName'], 'dateFromDtype': str(df['dateFrom'].dtype)}))",
    ].join("\n");
    const { stdout } = await execFileAsync(python, [
      "-c",
      script,
      join(scratch, "relations.csv"),
      join(scratch, "relations.schema.json"),
    ]).catch((error: Error) => {
      throw new Error(
        `${python} with pandas is needed (Debian: apt-get install python3-pandas): ${error.message}`,
      );
    });
    const read = JSON.parse(stdout);
    expect(read).toMatchObject({
      rows: 37,
      quantityDtype: "Int64",
      iomQuantity: 60000,
      attributedToName: "International Organization for Migration",
      dateFromDtype: "datetime64[ns]",
    });
    expect(read.cameo).toContain("036");
    expect(read.cameo).toContain("016");
  });
});

describe("actorgraph validate, draft and stats", () => {
  it("lists every problem with file and line and exits 1", async () => {
    const annotation = await editedAnnotation(IOM_CAMPS[1] as string, "type: ATTACKS", "type: BOMBS");
    const result = await runCli(["validate", annotation]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`${annotation}:\\d+: relations\\[3\\]\\.type: unknown relation type "BOMBS"`),
    );
  });

  it("drafts an annotation with the known actors found in a new article and candidate names", async () => {
    const out = join(scratch, "draft.yaml");
    const result = await runCli(["draft", DAR_IN_KABUL[0] as string, "--out", out]);
    expect(result.code).toBe(0);
    const draft = await readFile(out, "utf8");
    expect(draft).toContain("  id: 2025-04-19-dar-in-kabul\n");
    expect(draft).toContain(`  text: ${relative(scratch, resolve(DAR_IN_KABUL[0] as string))}\n`);
    expect(draft).toContain('  # Ishaq Dar: "Ishaq Dar" at 35, "Dar" at 167\n  - ref: ishaq-dar\n');
    // Ingested by an earlier test, Muttaqi is a known actor of the graph now, not a candidate name.
    expect(draft).toContain(
      '  # Amir Khan Muttaqi: "Amir Khan Muttaqi" at 199, "Muttaqi" at 274, "Muttaqi" at 486\n  - ref: amir-khan-muttaqi\n',
    );
    expect((await runCli(["draft", DAR_IN_KABUL[0] as string, "--out", out])).stderr).toContain(
      "exists; pass --force",
    );
  });

  it("drafts the seed article with every actor of its annotation, and the words two actors share", async () => {
    const out = join(scratch, "seed-draft.yaml");
    const result = await runCli([
      "draft",
      "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt",
      "--out",
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Known actors: the graph at bolt://");
    const draft = await readFile(out, "utf8");
    const refs = [...draft.matchAll(/^ {2}- ref: (\S+)$/gm)].map((m) => m[1]).sort();
    const seed = await read(
      "MATCH (:Article {id: $id})-[:MENTIONS]->(a:Actor) RETURN a.id AS id ORDER BY id",
      {
        id: SEED_ARTICLE_ID,
      },
    );
    expect(refs).toEqual(seed.map((r) => r.id));
    expect(refs.length).toBe(19);
    expect(draft).toContain(
      '#   "Pakistan" at 11, 601, 829, 1021, 1263, 1383, 1604, 1880: pakistan | pakistan-government',
    );
    expect(draft).toContain(
      '#   "Afghanistan" at 182, 1115, 1909, 2030, 2167: afghanistan | taliban-government',
    );
    expect(draft).not.toMatch(/^# {3}ISLAMABAD/m);
  });

  it("numbers each whole-word occurrence of some words, as `occurrence` counts them", async () => {
    const result = await runCli([
      "quotes",
      "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt",
      "Kabul",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"Kabul" occurs 4 time(s)');
    expect(result.stdout).toContain(
      "occurrence 4 at offset 1068 «…cade, with Islamabad accusing Kabul of allowing militants to take…», end 1073",
    );
    const inside = await runCli([
      "quotes",
      "data/articles/2025-04-17-dar-kabul-afghan-expulsions.txt",
      "Afghani",
    ]);
    expect(inside.code).toBe(1);
    expect(inside.stderr).toContain("as whole words (only inside longer words)");
  });

  it("explains which words of the article name which actor", async () => {
    const result = await runCli(["validate", "--explain", DAR_IN_KABUL[1] as string]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('    ishaq-dar: 35 "Ishaq Dar", 167 "Dar"');
    expect(result.stdout).toMatch(
      / {4}pakistan-government \(mentions given by hand\): \d+ "Islamabad", \d+ "Pakistan"/,
    );
  });

  it("prints counts per label, relation type and article", async () => {
    const result = await runCli(["stats"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}Government\s+3$/m);
    expect(result.stdout).toMatch(/^ {2}Person\s+4$/m);
    expect(result.stdout).toContain(`${SEED_ARTICLE_ID} (2025-04-17): 19 actors mentioned, 31 relations`);
  });
});
