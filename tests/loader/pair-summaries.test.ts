import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { mergeActors } from "../../src/corpus/merge-actors.ts";
import { removeArticle } from "../../src/corpus/remove-article.ts";
import { loadArticle } from "../../src/loader/load-article.ts";
import { loadArticles } from "../../src/loader/load-articles.ts";
import { rebuildPairSummaries } from "../../src/loader/pair-summaries.ts";
import { isRelationType, SUMMARY_CATEGORY_OF } from "../../src/model/vocabulary.ts";
import { clearDatabase, SEED_ARTICLE_ID, seedDatabase, useTestDatabase } from "../helpers/database.ts";

/**
 * Relations are the source of truth: after every kind of write, the summaries the loader kept must equal the ones
 * computed here, in TypeScript, from the relations alone.
 */
const db = useTestDatabase();

interface Summary {
  count: number;
  articles: number;
  dateFrom: string | null;
  dateTo: string | null;
  cooperative: number;
  hostile: number;
  structural: number;
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver().executeQuery(cypher, params, { database: db.database });
  return records.map((r) => r.toObject());
}

/** Every pair's summary computed from the relations, keyed "source>target". */
async function expectedSummaries(): Promise<Record<string, Summary>> {
  const relations = await rows(
    `MATCH (s:Actor)-[r]->(t:Actor) WHERE type(r) <> 'INTERACTS'
     RETURN s.id AS s, t.id AS t, type(r) AS type, r.articleId AS article,
            toString(r.dateFrom) AS dateFrom, toString(r.dateTo) AS dateTo`,
  );
  const byPair = new Map<string, { s: Summary; articles: Set<string> }>();
  for (const r of relations) {
    const key = `${r.s}>${r.t}`;
    let entry = byPair.get(key);
    if (!entry) {
      entry = {
        s: { count: 0, articles: 0, dateFrom: null, dateTo: null, cooperative: 0, hostile: 0, structural: 0 },
        articles: new Set(),
      };
      byPair.set(key, entry);
    }
    const { s } = entry;
    s.count += 1;
    entry.articles.add(r.article);
    if (!isRelationType(r.type)) throw new Error(`not a relation type: ${r.type}`);
    s[SUMMARY_CATEGORY_OF[r.type]] += 1;
    if (r.dateFrom !== null && (s.dateFrom === null || r.dateFrom < s.dateFrom)) s.dateFrom = r.dateFrom;
    const last = r.dateTo ?? r.dateFrom;
    if (last !== null && (s.dateTo === null || last > s.dateTo)) s.dateTo = last;
  }
  return Object.fromEntries(
    [...byPair].map(([key, { s, articles }]) => [key, { ...s, articles: articles.size }]),
  );
}

/** The summaries the graph holds, keyed "source>target". */
async function storedSummaries(): Promise<Record<string, Summary>> {
  const found = await rows(
    `MATCH (s:Actor)-[i:INTERACTS]->(t:Actor)
     RETURN s.id + '>' + t.id AS key, i {.count, .articles, .cooperative, .hostile, .structural,
       dateFrom: toString(i.dateFrom), dateTo: toString(i.dateTo)} AS summary`,
  );
  const out: Record<string, Summary> = {};
  for (const r of found) {
    expect(out[r.key], `two summaries for ${r.key}`).toBeUndefined();
    out[r.key] = r.summary;
  }
  return out;
}

async function expectExact(): Promise<Record<string, Summary>> {
  const expected = await expectedSummaries();
  expect(await storedSummaries()).toEqual(expected);
  return expected;
}

const corpus = [...generateCorpus({ relations: 800, seed: 13 })];

describe("pair summaries (INTERACTS) kept by the loader", () => {
  beforeAll(async () => {
    await seedDatabase(db.driver(), db.database);
  });
  afterAll(async () => {
    await clearDatabase(db.driver(), db.database);
  });

  it("after ingest: one per ordered pair, with the seed article's counts", async () => {
    const summaries = await expectExact();
    // The Government of Pakistan's six relations to the Afghans in Pakistan, all hostile, in one article.
    expect(summaries["pakistan-government>afghans-in-pakistan"]).toMatchObject({
      count: 6,
      articles: 1,
      hostile: 6,
      cooperative: 0,
      structural: 0,
    });
    expect(summaries["ishaq-dar>pakistan-government"]).toMatchObject({ count: 2, structural: 2 });
  });

  it("after a bulk load, and a bulk load of articles already in the graph", async () => {
    await loadArticles(db.driver(), corpus, db.database);
    const summaries = await expectExact();
    expect(Object.values(summaries).some((s) => s.articles > 1)).toBe(true);
    const edited = corpus.slice(0, 5).map((g) => ({ ...g, relations: g.relations.slice(0, 3) }));
    await loadArticles(db.driver(), edited, db.database);
    await expectExact();
  });

  it("after re-ingest with edits: relations dropped, redirected and redated", async () => {
    const graph = corpus[7];
    if (!graph) throw new Error("the corpus is too small");
    const [first, second, ...rest] = graph.relations;
    if (!first || !second) throw new Error("the article has too few relations");
    const otherActor = graph.actors.find((a) => a.id !== first.source && a.id !== first.target);
    if (!otherActor) throw new Error("the article has too few actors");
    const edited = {
      ...graph,
      relations: [
        { ...first, target: otherActor.id, dateFrom: "2001-02-03", dateTo: "2001-02-03", date: "2001-02-03" },
        ...rest.slice(1),
      ],
    };
    await loadArticle(db.driver(), edited, db.database);
    await expectExact();
    await loadArticle(db.driver(), graph, db.database);
    await expectExact();
  });

  it("after removing an article", async () => {
    const before = await expectedSummaries();
    const graph = corpus[3];
    if (!graph) throw new Error("the corpus is too small");
    await removeArticle(db.driver(), db.database, graph.article.id);
    const after = await expectExact();
    expect(Object.keys(after).length).toBeLessThanOrEqual(Object.keys(before).length);
    await removeArticle(db.driver(), db.database, SEED_ARTICLE_ID);
    expect(Object.keys(await expectExact()).some((k) => k.startsWith("pakistan-government>"))).toBe(false);
  });

  it("after merging two actors", async () => {
    // Two actors with relations to others but none between them, so the merge is allowed.
    const [pair] = await rows(
      `MATCH (keep:Actor)-[:!INTERACTS]-(:Actor)
       WITH keep, count(*) AS degree ORDER BY degree DESC, keep.id LIMIT 1
       MATCH (drop:Actor)-[:!INTERACTS]-(:Actor)
       WHERE drop <> keep AND drop.kind = keep.kind AND NOT EXISTS { (keep)-[:!INTERACTS]-(drop) }
       WITH keep, drop, count(*) AS degree ORDER BY degree DESC, drop.id LIMIT 1
       RETURN keep.id AS keep, drop.id AS drop`,
    );
    if (!pair) throw new Error("no two actors to merge");
    await mergeActors(db.driver(), db.database, pair.keep, pair.drop);
    const after = await expectExact();
    expect(Object.keys(after).some((k) => k.split(">").includes(pair.drop))).toBe(false);
  });

  it("a full rebuild from the relations changes nothing, and restores summaries that were lost", async () => {
    const kept = await storedSummaries();
    const rebuilt = await rebuildPairSummaries(db.driver(), db.database);
    expect(rebuilt.summaries).toBe(Object.keys(kept).length);
    expect(await storedSummaries()).toEqual(kept);

    await rows("MATCH ()-[i:INTERACTS]->() WITH i LIMIT 20 DELETE i");
    await rows("MATCH (s:Actor)-[i:INTERACTS]->() WITH s, i LIMIT 5 SET i.count = 999");
    await rebuildPairSummaries(db.driver(), db.database);
    expect(await storedSummaries()).toEqual(kept);
  });
});
