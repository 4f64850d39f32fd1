import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annotationFiles, loadAnnotations } from "../../src/loader/load-annotations.ts";
import { loadArticle } from "../../src/loader/load-article.ts";
import type { ArticleGraph } from "../../src/model/article-graph.ts";
import { readAnnotationText } from "../../src/validation/read-annotation.ts";
import { validateAnnotation, validateAnnotationFile } from "../../src/validation/validate-annotation.ts";
import { loadWikidataIds } from "../../src/validation/wikidata-ids.ts";
import { SEED_ARTICLE_ID, useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase({ seed: true });
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
    r.toObject(),
  );

const SEED = "data/annotations/2025-04-17-dar-kabul-afghan-expulsions.yaml";
const wikidata = await loadWikidataIds();

/** Labels, relationship types and their counts: the graph's fingerprint. */
const fingerprint = async () => ({
  labels: await read("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l"),
  types: await read("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t"),
  relationIds: await read("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id ORDER BY id"),
});

describe("the seed article in Neo4j", () => {
  it("has one node per actor, each with Actor and exactly one kind label", async () => {
    const rows = await read(
      "MATCH (a:Actor) RETURN [l IN labels(a) WHERE l <> 'Actor'] AS kinds, count(*) AS n ORDER BY kinds[0]",
    );
    expect(rows).toEqual([
      { kinds: ["Country"], n: 2 },
      { kinds: ["Government"], n: 3 },
      { kinds: ["Group"], n: 7 },
      { kinds: ["Organization"], n: 4 },
      { kinds: ["Person"], n: 3 },
    ]);
    expect(
      await read("MATCH (a:Article) RETURN a.id AS id, toString(a.date) AS date, a.dateline AS dateline"),
    ).toEqual([{ id: SEED_ARTICLE_ID, date: "2025-04-17", dateline: "ISLAMABAD" }]);
  });

  it("keeps one node for Islamabad and the Pakistan government", async () => {
    const rows = await read(
      "MATCH (a:Actor) WHERE 'Islamabad' IN a.aliases OR 'Pakistan government' IN a.aliases RETURN a.id AS id, a.name AS name",
    );
    expect(rows).toEqual([{ id: "pakistan-government", name: "Government of Pakistan" }]);
  });

  it("stores the denial pointing at its accuser, with its quote and offsets", async () => {
    const rows = await read(
      `MATCH (s:Actor)-[r:DENIES]->(t:Actor), (a:Article {id: r.articleId})
       RETURN s.id AS source, t.id AS target, r.evidence AS evidence, r.cameo AS cameo,
              substring(a.text, r.start, r.end - r.start) AS slice`,
    );
    expect(rows).toEqual([
      {
        source: "taliban-government",
        target: "pakistan-government",
        evidence: "The Taliban government denies the charge.",
        cameo: "016",
        slice: "The Taliban government denies the charge.",
      },
    ]);
  });

  it("has every relation's offsets slice the article to its evidence", async () => {
    const rows = await read(
      `MATCH (:Actor)-[r]->(:Actor), (a:Article {id: r.articleId})
       RETURN count(r) AS all, sum(CASE WHEN substring(a.text, r.start, r.end - r.start) = r.evidence THEN 1 ELSE 0 END) AS exact`,
    );
    expect(rows[0]?.all).toBe(31);
    expect(rows[0]?.exact).toBe(31);
  });

  it("stores dates as calendar dates for range queries", async () => {
    const rows = await read(
      `MATCH (:Actor)-[r]->(:Actor) WHERE r.dateFrom >= date('2025-04-01')
       RETURN r.dateText AS words, toString(r.dateFrom) AS dateFrom, toString(r.dateTo) AS dateTo ORDER BY r.id`,
    );
    expect(rows).toContainEqual({
      words: "since the start of April",
      dateFrom: "2025-04-01",
      dateTo: "2025-04-17",
    });
    expect(rows).toContainEqual({ words: "in the coming days", dateFrom: "2025-04-17", dateTo: null });
    const undated = await read(
      "MATCH (:Actor)-[r:FIGHTS]->(:Actor) RETURN r.date AS date, r.dateFrom AS dateFrom",
    );
    expect(undated).toEqual([{ date: null, dateFrom: null }]);
  });

  it("records every mention with its offsets", async () => {
    const rows = await read(
      `MATCH (a:Article)-[m:MENTIONS]->(x:Actor {id: 'taliban-government'})
       RETURN m.count AS count, [i IN range(0, size(m.offsets) - 1) | substring(a.text, m.offsets[i], size(m.forms[i]))] AS words`,
    );
    expect(rows).toEqual([
      { count: 4, words: ["Afghan government", "Kabul", "Taliban government", "Afghanistan"] },
    ]);
  });

  it("changes nothing when the article is loaded again", async () => {
    const before = await fingerprint();
    const summaries = await loadAnnotations(db.driver(), db.database, await annotationFiles(), () => {});
    expect(summaries).toEqual([
      expect.objectContaining({ relationsAdded: 0, relationsRemoved: 0, relations: 31 }),
    ]);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("re-loading an edited annotation", () => {
  it("replaces the article's relations and mentions exactly and removes actors no article mentions", async () => {
    const yaml = readFileSync(SEED, "utf8");
    // Drop the analysts and their one relation, and re-date the denial.
    const edited = yaml
      .replace(/\n {2}- id: analysts\n(?: {4}.*\n)+/, "\n")
      .replace(/\n {2}- id: analysts-criticize-deportations\n(?: {4}.*\n)+/, "\n");
    expect(edited).not.toContain("analysts-criticize");
    const { graph } = validateAnnotation(await readAnnotationText(edited, SEED), { wikidata });
    const summary = await loadArticle(db.driver(), graph, db.database);
    expect(summary).toMatchObject({
      relationsRemoved: 1,
      relationsAdded: 0,
      actorsRemoved: 1,
      relations: 30,
    });
    expect(await read("MATCH (a:Actor {id: 'analysts'}) RETURN a")).toEqual([]);
    expect(await read("MATCH ()-[r:CRITICIZES]->() RETURN r.id AS id")).toEqual([
      { id: `${SEED_ARTICLE_ID}:sadiq-criticizes-ttp` },
    ]);
    expect(await read("MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n")).toEqual([{ n: 18 }]);

    await loadArticle(db.driver(), (await validateAnnotationFile(SEED, { wikidata })).graph, db.database);
    expect(await read("MATCH ()-[r:CRITICIZES]->() RETURN count(r) AS n")).toEqual([{ n: 2 }]);
  });

  it("writes nothing when the load fails half-way", async () => {
    const before = await fingerprint();
    const { graph } = await validateAnnotationFile(SEED, { wikidata });
    // A relation naming an actor the graph does not have fails after earlier statements ran in the transaction.
    const first = graph.relations[0] as (typeof graph.relations)[number];
    const broken = { ...graph, relations: [...graph.relations.slice(1), { ...first, source: "nobody" }] };
    await expect(loadArticle(db.driver(), broken, db.database)).rejects.toThrow(
      /1 of 31 relations name actors/,
    );
    expect(await fingerprint()).toEqual(before);

    // @ts-expect-error: rows from outside the validator are checked by the loader too, which is under test here.
    const unknownType: ArticleGraph = { ...graph, relations: [{ ...first, type: "NOT A TYPE" }] };
    await expect(loadArticle(db.driver(), unknownType, db.database)).rejects.toThrow(/not a relation type/);
    expect(await fingerprint()).toEqual(before);
  });
});
