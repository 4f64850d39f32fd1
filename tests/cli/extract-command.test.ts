import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { startTcpProxy } from "../graphql/helpers/tcp-proxy.ts";
import { clearDatabase, useTestDatabase } from "../helpers/database.ts";
import { runCli, testDatabaseEnv } from "../helpers/run-cli.ts";

/**
 * `actorgraph extract` against the run's real CoreNLP server and test Neo4j: drafts written whole and valid,
 * loaded as machine-coded with --ingest, and each bad article named while the others go on.
 */

const db = useTestDatabase();
const corenlp = inject("testCoreNLP");
const scratch = await mkdtemp(join(tmpdir(), "actorgraph-extract-test-"));
const VALDOR = "tests/fixtures/articles/2025-06-03-valdor-border-talks.txt";
const PASS = "tests/fixtures/articles/2025-06-20-pass-closed.txt";
const SABLE = "tests/fixtures/articles/2025-06-12-sable-front-attack.txt";
// A busy 2-core machine shares the CoreNLP server with other runs: an article can take tens of seconds.
const SLOW = 600_000;

/** CORENLP_URL for the CLI: the test server (or `port` on loopback, a relay to it), its credentials in the URL. */
function corenlpUrl(port?: number): string {
  const url = new URL(corenlp.url);
  if (port !== undefined) {
    url.hostname = "127.0.0.1";
    url.port = String(port);
  }
  if (corenlp.authorization) {
    const [user, password] = Buffer.from(corenlp.authorization.replace(/^Basic /, ""), "base64")
      .toString()
      .split(":");
    url.username = encodeURIComponent(user ?? "");
    url.password = encodeURIComponent(password ?? "");
  }
  return url.toString();
}

const extract = (args: readonly string[]) => runCli(["extract", ...args], { CORENLP_URL: corenlpUrl() });

async function folder(name: string): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

interface DraftRelation {
  id: string;
  type: string;
  evidence: string;
  coder: string;
  confidence: number;
}

const draftOf = async (file: string) =>
  parse(await readFile(file, "utf8")) as { article: { id: string }; relations: DraftRelation[] };

describe("actorgraph extract", () => {
  it(
    "writes a draft per article that passes validate unchanged, each relation machine-coded with its rule",
    async () => {
      const out = await folder("drafts");
      const result = await extract(["--out", out, VALDOR]);
      expect(result.stderr).not.toContain("error");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^\[1\/1\] tests\/fixtures\/articles\/2025-06-03-valdor-border-talks\.txt → .*2025-06-03-valdor-border-talks\.yaml: \d+ actor\(s\), \d+ relation\(s\), \d+\.\d s$/m,
      );
      expect(result.stdout).toMatch(/^Extracted 1 of 1 article\(s\) in \d+\.\d s: /m);
      expect(await readdir(out)).toEqual(["2025-06-03-valdor-border-talks.yaml"]);
      const file = join(out, "2025-06-03-valdor-border-talks.yaml");
      const yaml = await readFile(file, "utf8");
      const draft = await draftOf(file);
      expect(draft.article.id).toBe("2025-06-03-valdor-border-talks");
      expect(draft.relations.length).toBeGreaterThan(0);
      for (const r of draft.relations) {
        expect(r.coder, r.id).toBe("machine");
        expect(r.confidence, r.id).toBeGreaterThan(0);
        expect(await readFile(VALDOR, "utf8"), r.id).toContain(r.evidence);
      }
      expect(yaml.match(/^ {2}# rule: /gm)).toHaveLength(draft.relations.length);

      const validated = await runCli(["validate", file]);
      expect(validated.code).toBe(0);
      expect(validated.stdout).toContain(`ok   ${file}: article 2025-06-03-valdor-border-talks`);

      // A second run leaves the draft alone (it may hold a review) unless told to overwrite it.
      const again = await extract(["--out", out, VALDOR]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`[1/1] error: ${VALDOR}: ${file} exists`);
      expect(await readFile(file, "utf8")).toBe(yaml);
    },
    SLOW,
  );

  it(
    "with --ingest loads each draft's relations as machine-coded, with their quotes and confidence",
    async () => {
      await clearDatabase(db.driver(), db.database);
      const out = await folder("ingested");
      const result = await extract(["--out", out, "--ingest", VALDOR]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/relation\(s\), ingested \(\d+ new, 0 removed\)/);
      const draft = await draftOf(join(out, "2025-06-03-valdor-border-talks.yaml"));
      const { records } = await db
        .driver()
        .executeQuery(
          "MATCH ()-[r]->() WHERE r.articleId = $id RETURN r.id AS id, type(r) AS type, r.evidence AS evidence, r.coder AS coder, r.confidence AS confidence ORDER BY id",
          { id: draft.article.id },
          { database: db.database },
        );
      expect(records.map((r) => r.toObject())).toEqual(
        draft.relations
          .map((r) => ({
            id: `${draft.article.id}:${r.id}`,
            type: r.type,
            evidence: r.evidence,
            coder: "machine",
            confidence: r.confidence,
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
      expect(records.length).toBeGreaterThan(0);

      // An article a researcher coded is not replaced by the machine's draft without --force.
      await clearDatabase(db.driver(), db.database);
      const human = await runCli([
        "ingest",
        VALDOR,
        "tests/fixtures/annotations/2025-06-03-valdor-border-talks.yaml",
      ]);
      expect(human.code).toBe(0);
      const refused = await extract(["--out", await folder("refused"), "--ingest", VALDOR]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `[1/1] error: ${VALDOR}: the graph holds 4 relation(s) of 2025-06-03-valdor-border-talks that a researcher coded or confirmed`,
      );
      expect(await readdir(join(scratch, "refused"))).toEqual([]);
    },
    SLOW,
  );

  it(
    "names each bad article (empty, undated, not English, refused by CoreNLP), goes on with the others, exits 1",
    async () => {
      const bad = await folder("bad-input");
      const empty = join(bad, "empty.txt");
      const undated = join(bad, "undated.txt");
      const french = join(bad, "french.txt");
      const huge = join(bad, "huge.txt");
      await writeFile(empty, "");
      await writeFile(
        undated,
        "PORT AMAR — The Valdor government said on Tuesday that the pass would reopen.\n",
      );
      await writeFile(
        french,
        "date 2025-06-03\n\nPORT AMAR — Le gouvernement de Valdor a déclaré mardi que ses négociateurs " +
          "rencontreraient le gouvernement kessien la semaine prochaine pour rouvrir le passage de Sable, " +
          "fermé depuis le mois dernier.\n",
      );
      // Past CoreNLP's 100,000-character limit for one request, which it refuses.
      await writeFile(
        huge,
        `date 2025-06-03\n\n${"The Valdor government said that the border would stay open to traders. ".repeat(1500)}\n`,
      );
      const out = await folder("bad-out");
      const result = await extract(["--out", out, empty, undated, french, huge, VALDOR]);
      expect(result.code).toBe(1);
      const errors = result.stderr.split("\n").filter((l) => / error: /.test(l));
      expect(errors).toEqual([
        `[1/5] error: ${empty}: the file is empty`,
        expect.stringMatching(new RegExp(`^\\[2/5\\] error: ${undated}: no "date YYYY-MM-DD" header`)),
        expect.stringMatching(new RegExp(`^\\[3/5\\] error: ${french}: does not look like English`)),
        expect.stringMatching(
          new RegExp(`^\\[4/5\\] error: ${huge}: The CoreNLP server at .* answered 400: Request is too long`),
        ),
      ]);
      expect(result.stdout).toMatch(
        /^\[5\/5\] tests\/fixtures\/articles\/2025-06-03-valdor-border-talks\.txt → /m,
      );
      expect(result.stdout).toContain(`Extracted 1 of 5 article(s)`);
      expect(result.stdout).toContain(`failed: ${empty}, ${undated}, ${french}, ${huge}.`);
      // Only the good article's draft, and nothing half-written.
      expect(await readdir(out)).toEqual(["2025-06-03-valdor-border-talks.yaml"]);
    },
    SLOW,
  );

  it(
    "names the articles the server could not answer when it goes away midway, and keeps the drafts done before",
    async () => {
      const target = new URL(corenlp.url);
      const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
      const out = await folder("server-gone");
      const child = spawn(
        process.execPath,
        ["bin/actorgraph.js", "extract", "--out", out, VALDOR, PASS, SABLE],
        {
          env: { ...testDatabaseEnv(), CORENLP_URL: corenlpUrl(proxy.port) },
        },
      );
      let stdout = "";
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      // The server goes away as soon as the first article is done.
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        if (stdout.includes("[1/3]")) void proxy.cutOff();
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stdout).toMatch(/^\[1\/3\] tests\/fixtures\/articles\/2025-06-03-valdor-border-talks\.txt → /m);
      expect(code).toBe(1);
      // The last article surely met no server; the second may have been in flight.
      expect(stderr).toMatch(
        new RegExp(
          `^\\[3/3\\] error: ${SABLE.replaceAll(".", "\\.")}: .*CoreNLP server at http://127\\.0\\.0\\.1:${proxy.port}`,
          "m",
        ),
      );
      const written = (await readdir(out)).sort();
      expect(written).toContain("2025-06-03-valdor-border-talks.yaml");
      expect(written).not.toContain("2025-06-12-sable-front-attack.yaml");
      expect(written.filter((f) => f.endsWith(".partial"))).toEqual([]);
    },
    SLOW,
  );
});
