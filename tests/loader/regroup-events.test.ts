import { describe, expect, it } from "vitest";
import { mergeActors } from "../../src/corpus/merge-actors.ts";
import { removeArticle } from "../../src/corpus/remove-article.ts";
import { annotationFiles, validateAll } from "../../src/loader/load-annotations.ts";
import { loadArticle } from "../../src/loader/load-article.ts";
import { loadArticles } from "../../src/loader/load-articles.ts";
import { buildMissingEvents, rebuildEvents } from "../../src/loader/regroup-events.ts";
import type { ArticleGraph } from "../../src/model/article-graph.ts";
import { applySchema } from "../../src/neo4j/apply-schema.ts";
import { clearDatabase, useTestDatabase } from "../helpers/database.ts";

/** The fictional story of tests/fixtures/events: one visit planned and held, talks planned and called off. */
const EVENT_FIXTURES = new URL("../fixtures/events/annotations/", import.meta.url).pathname;

const db = useTestDatabase();
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
    r.toObject(),
  );

const graphs: ArticleGraph[] = await validateAll(await annotationFiles(EVENT_FIXTURES), () => {});
const graphOf = (id: string) => graphs.find((g) => g.article.id === id) as ArticleGraph;

const PLANNED = "2025-06-02-ledger-solen-visit-planned";
const LEDGER = "2025-06-10-ledger-solen-arrives";
const COURIER = "2025-06-10-courier-solen-visit";
const WIRE = "2025-06-11-wire-solen-hosted";

/** Every event with everything stored on it, and every relation's event: what must not depend on the way there. */
async function events(): Promise<unknown[]> {
  return [
    ...(await read("MATCH (e:Event) RETURN properties(e) AS event ORDER BY e.id")),
    ...(await read(
      "MATCH ()-[r]->() WHERE r.category = 'event' RETURN r.id AS id, r.eventId AS eventId ORDER BY id",
    )),
  ];
}

async function loadAll(): Promise<void> {
  await clearDatabase(db.driver(), db.database);
  await applySchema(db.driver(), db.database);
  for (const graph of graphs) await loadArticle(db.driver(), graph, db.database);
}

describe("events kept by the loader", () => {
  it("groups the visit reported by three outlets, links the plan, and flags what they disagree on", async () => {
    await loadAll();
    const rows = await read(
      `MATCH (e:Event) RETURN e.id AS id, e.kind AS kind, e.type AS type, e.source AS source, e.target AS target,
         e.articleCount AS articles, e.sourceCount AS sources, toString(e.date) AS date, e.datedBy AS datedBy,
         e.planIds AS planIds, e.outcomeIds AS outcomeIds, e.contradictionKinds AS contradictions
       ORDER BY e.date, e.id`,
    );
    expect(rows).toEqual([
      {
        id: `event:${PLANNED}:solen-visit-planned`,
        kind: "plan",
        type: "PLANS_VISIT",
        source: "mira-solen",
        target: "valdor-government",
        articles: 1,
        sources: 1,
        date: "2025-06-09",
        datedBy: "RELATION",
        planIds: [],
        outcomeIds: [`event:${COURIER}:solen-visit`],
        contradictions: [],
      },
      {
        id: `event:${COURIER}:solen-visit`,
        kind: "occurrence",
        type: "VISITS",
        source: "mira-solen",
        target: "valdor-government",
        articles: 3,
        sources: 3,
        date: "2025-06-09",
        datedBy: "RELATION",
        planIds: [`event:${PLANNED}:solen-visit-planned`],
        outcomeIds: [],
        contradictions: ["QUANTITY", "DATE"],
      },
      {
        id: `event:${COURIER}:denies-arming`,
        kind: "occurrence",
        type: "DENIES",
        source: "kessia-government",
        target: "valdor-government",
        articles: 1,
        sources: 1,
        date: "2025-06-10",
        datedBy: "ARTICLE",
        planIds: [],
        outcomeIds: [],
        contradictions: [],
      },
      {
        id: `event:${LEDGER}:smuggling-accusation`,
        kind: "occurrence",
        type: "ACCUSES",
        source: "valdor-government",
        target: "kessia-government",
        articles: 2,
        sources: 2,
        date: "2025-06-10",
        datedBy: "ARTICLE",
        planIds: [],
        outcomeIds: [],
        contradictions: ["DENIAL", "DENIAL"],
      },
      {
        id: `event:${PLANNED}:trade-talks-planned`,
        kind: "plan",
        type: "CONSULTS",
        source: "kessia-government",
        target: "valdor-government",
        articles: 2,
        sources: 2,
        date: "2025-06-20",
        datedBy: "RELATION",
        planIds: [],
        outcomeIds: [],
        contradictions: ["CANCELLED"],
      },
    ]);
    expect(
      await read(
        "MATCH (e:Event {id: $id}) RETURN e.reportIds AS reports, e.contradictionSecondIds AS against",
        { id: `event:${COURIER}:solen-visit` },
      ),
    ).toEqual([
      {
        reports: [`${COURIER}:solen-visit`, `${LEDGER}:solen-visit`, `${WIRE}:solen-hosted`],
        against: [`${LEDGER}:solen-visit`, `${LEDGER}:solen-visit`],
      },
    ]);
    // An office held is no event.
    expect(await read("MATCH ()-[r:HOLDS_OFFICE_IN]->() RETURN r.eventId AS eventId")).toEqual([
      { eventId: null },
    ]);
  });

  it("after a removal, holds exactly what a full rebuild gives; ingesting it again restores the events", async () => {
    await loadAll();
    const before = await events();
    await removeArticle(db.driver(), db.database, COURIER);
    const afterRemoval = await events();
    expect(afterRemoval).not.toEqual(before);
    expect(
      await read("MATCH (e:Event {id: $id}) RETURN e.articleCount AS n, e.contradictionKinds AS k", {
        id: `event:${LEDGER}:solen-visit`,
      }),
    ).toEqual([{ n: 2, k: [] }]);
    await rebuildEvents(db.driver(), db.database);
    expect(await events()).toEqual(afterRemoval);
    await loadArticle(db.driver(), graphOf(COURIER), db.database);
    expect(await events()).toEqual(before);
  });

  it("are built for a database that has relations and no event (as npm start does), and only then", async () => {
    await loadAll();
    const loaded = await events();
    expect(await buildMissingEvents(db.driver(), db.database)).toBeUndefined();
    // A database from before events: relations without Event nodes or eventId.
    await db.driver().executeQuery("MATCH (e:Event) DELETE e", {}, { database: db.database });
    await db
      .driver()
      .executeQuery(
        "MATCH ()-[r]->() WHERE r.eventId IS NOT NULL REMOVE r.eventId",
        {},
        { database: db.database },
      );
    const built = await buildMissingEvents(db.driver(), db.database);
    expect(built?.events).toBe((loaded as { event?: unknown }[]).filter((row) => row.event).length);
    expect(await events()).toEqual(loaded);
  });

  it("are the same when the articles are loaded in one batch, in any order", async () => {
    await loadAll();
    const oneByOne = await events();
    await clearDatabase(db.driver(), db.database);
    await loadArticles(db.driver(), [...graphs].reverse(), db.database);
    expect(await events()).toEqual(oneByOne);
  });

  it("follow an actor merge: the dropped actor's events move to the kept one", async () => {
    await loadAll();
    await db
      .driver()
      .executeQuery(
        "CREATE (:Actor:Person {id: 'solen-alias', kind: 'Person', name: 'M. Solen', aliases: [], description: 'x', distinctFrom: []})",
        {},
        { database: db.database },
      );
    await mergeActors(db.driver(), db.database, "solen-alias", "mira-solen");
    const moved = await read(
      "MATCH (e:Event) WHERE 'solen-alias' IN [e.source, e.target] RETURN e.id AS id, e.articleCount AS n ORDER BY id",
    );
    expect(moved).toEqual([
      { id: `event:${PLANNED}:solen-visit-planned`, n: 1 },
      { id: `event:${COURIER}:solen-visit`, n: 3 },
    ]);
    expect(
      await read("MATCH (e:Event) WHERE 'mira-solen' IN [e.source, e.target] RETURN e.id AS id"),
    ).toEqual([]);
  });
});
