import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { loadArticle } from "../../src/loader/load-article.ts";
import { loadArticles } from "../../src/loader/load-articles.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { clearDatabase, useTestDatabase } from "../helpers/database.ts";

/** The bulk path writes exactly what the per-article path writes. */
const db = useTestDatabase();

async function snapshot(): Promise<unknown> {
  const { records } = await db.driver().executeQuery(
    `CALL () { MATCH (x:Actor) RETURN collect(x {.*, labels: labels(x)}) AS actors }
     CALL () { MATCH (a:Article) RETURN collect(a {.*}) AS articles }
     CALL () { MATCH (a)-[r]->(b) RETURN collect(r {.*, type: type(r), from: a.id, to: b.id}) AS relationships }
     RETURN actors, articles, relationships`,
    {},
    { database: db.database },
  );
  const sortById = (list: { id?: string; from?: string; to?: string }[]) =>
    JSON.stringify(list.map((x) => JSON.stringify(x)).sort());
  const row = records[0]?.toObject() as Record<string, { id?: string }[]>;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, sortById(v)]));
}

describe("loadArticles (bulk)", () => {
  afterAll(async () => {
    await clearDatabase(db.driver(), db.database);
  });
  const graphs = [...generateCorpus({ relations: 600, seed: 11 })];

  it("leaves the same graph as loading each article on its own", async () => {
    await clearDatabase(db.driver(), db.database);
    await applySchema(db.driver(), db.database);
    for (const g of graphs) await loadArticle(db.driver(), g, db.database);
    const single = await snapshot();

    await clearDatabase(db.driver(), db.database);
    const summaries = await loadArticles(db.driver(), graphs, db.database);
    expect(summaries.map((s) => s.relationsAdded)).toEqual(graphs.map((g) => g.relations.length));
    expect(await snapshot()).toEqual(single);
  });

  it("replaces articles already in the graph exactly, through the per-article path", async () => {
    const edited = graphs.map((g) => ({ ...g, relations: g.relations.slice(0, 10) }));
    await loadArticles(db.driver(), edited, db.database);
    const { records } = await db
      .driver()
      .executeQuery(
        "MATCH (:Actor)-[r:!INTERACTS]->(:Actor) RETURN count(r) AS n",
        {},
        { database: db.database },
      );
    expect(records[0]?.get("n")).toBe(10 * graphs.length);
  });

  it("writes nothing of a batch when one relation names an unknown actor", async () => {
    await clearDatabase(db.driver(), db.database);
    const [first, second] = graphs as [(typeof graphs)[0], (typeof graphs)[0]];
    const broken = { ...second, relations: [{ ...second.relations[0], source: "nobody" }] } as typeof second;
    await expect(loadArticles(db.driver(), [first, broken], db.database)).rejects.toThrow(/not in the graph/);
    const { records } = await db
      .driver()
      .executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: db.database });
    expect(records[0]?.get("n")).toBe(0);
  });
});
