import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { SEED_ARTICLE_ID } from "../helpers/database.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** The Cypher statements of schema.graphql, beyond the examples: what holds for every relation they return. */

const app = useGraphqlYoga();
const ask = async (query: string) => dataOf(await postGraphql(app.yoga(), query));

const RELATION_FIELDS = `
  id type category status date dateFrom dateTo dateText quantity quantityText role cameo cameoRoot plover
  ploverMode note
  source { id kind name aliases description sector country wikidata }
  target { id kind name aliases description sector country wikidata }
  attributedTo { id kind name }
  evidence { quote start end source article { id title date dateline source url } }
`;
const ACCUSATION = `${SEED_ARTICLE_ID}:accuses-kabul-sheltering-militants`;

describe("relations, whichever field returns them", () => {
  it("quote exactly the article text between their offsets", async () => {
    const { relations } = await ask(
      `{ relations(limit: 100) { id evidence { quote start end article { id } } } }`,
    );
    const { article } = await ask(`{ article(id: "${SEED_ARTICLE_ID}") { text } }`);
    expect(relations).toHaveLength(31);
    for (const { evidence } of relations) {
      expect(evidence.article.id).toBe(SEED_ARTICLE_ID);
      expect(article.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it("are the same relation, field for field, through each of the seven fields that return relations", async () => {
    const data = await ask(`{
      actor(id: "pakistan-government") { relations(types: [ACCUSES], from: "2024-01-01") { ${RELATION_FIELDS} } }
      relations(types: [ACCUSES]) { ${RELATION_FIELDS} }
      relationsBetween(actor: "pakistan-government", other: "taliban-government", types: [ACCUSES]) { ${RELATION_FIELDS} }
      claimsWithDenials(denied: true) { claim { ${RELATION_FIELDS} } }
      timeline(to: "2024-12-31", from: "2024-01-01") { ${RELATION_FIELDS} }
      neighbourhood(actor: "pakistan-government", types: [ACCUSES]) { edges { relations { ${RELATION_FIELDS} } } }
      shortestPaths(from: "pakistan-government", to: "taliban-government", maxHops: 1) { relations { ${RELATION_FIELDS} } }
    }`);
    const copies = [
      data.actor.relations,
      data.relations,
      data.relationsBetween,
      data.claimsWithDenials.map((p: { claim: unknown }) => p.claim),
      data.timeline,
      data.neighbourhood.edges.flatMap((e: { relations: unknown[] }) => e.relations),
      data.shortestPaths.flatMap((p: { relations: unknown[] }) => p.relations),
    ].map((list: { id: string }[]) => list.find((r) => r.id === ACCUSATION));
    expect(copies[0]).toMatchObject({
      type: "ACCUSES",
      category: "event",
      cameoRoot: "11",
      ploverMode: "allege",
      source: { id: "pakistan-government", aliases: ["Pakistan government", "Islamabad", "Pakistan"] },
      target: { id: "taliban-government", country: "AFG", sector: "GOV" },
      evidence: { source: "body", article: { id: SEED_ARTICLE_ID, date: "2025-04-17" } },
    });
    for (const copy of copies) expect(copy).toEqual(copies[0]);
  });
});

describe("unknown ids", () => {
  it("give null for one actor, one article and a neighbourhood, and empty lists elsewhere", async () => {
    const data = await ask(`{
      actor(id: "no-such-actor") { id }
      article(id: "no-such-article") { id }
      neighbourhood(actor: "no-such-actor") { center }
      relationsBetween(actor: "no-such-actor", other: "ttp") { id }
      shortestPaths(from: "no-such-actor", to: "ttp") { length }
      timeline(actor: "no-such-actor") { id }
      claimsWithDenials(actor: "no-such-actor") { claim { id } }
    }`);
    expect(data).toEqual({
      actor: null,
      article: null,
      neighbourhood: null,
      relationsBetween: [],
      shortestPaths: [],
      timeline: [],
      claimsWithDenials: [],
    });
  });
});

describe("shortest paths", () => {
  it("are none from an actor to itself", async () => {
    expect((await ask('{ shortestPaths(from: "ttp", to: "ttp") { length } }')).shortestPaths).toEqual([]);
  });
});

describe("generated lists", () => {
  it("page in id order when the query gives no sort", async () => {
    const { actors } = await ask("{ actors(limit: 100) { id } }");
    const ids = actors.map((a: { id: string }) => a.id);
    expect(ids).toHaveLength(19);
    expect(ids).toEqual([...ids].sort());
    const pages = await ask("{ first: actors(limit: 7) { id } second: actors(limit: 7, offset: 7) { id } }");
    expect([...pages.first, ...pages.second].map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 14));
  });

  it("page an article's mentions in actor id order inside its connection", async () => {
    const { articles } = await ask("{ articles { actorsConnection(first: 3) { edges { node { id } } } } }");
    expect(articles[0].actorsConnection.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      "afghan-taliban",
      "afghanistan",
      "afghans-in-pakistan",
    ]);
  });

  it("follow the MENTIONS relationship both ways: the articles that mention the IOM", async () => {
    const { actor } = await ask(
      `{ actor(id: "iom") { articlesConnection { edges { properties { forms } node { id } } } } }`,
    );
    expect(actor.articlesConnection.edges).toEqual([
      { properties: { forms: ["International Organization for Migration"] }, node: { id: SEED_ARTICLE_ID } },
    ]);
  });
});

// Each new combination of argument types costs Neo4j a plan of the per-type union (seconds each on a loaded
// 2-core machine): these two tests check answers over many combinations, so they get time for the plans. Speed is
// the benchmark's to measure (docs/performance.md), not a test's.
const PLANNING_TIMEOUT_MS = 300_000;

describe("relations and timeline, read type by type from the dateFrom indexes", () => {
  // What each field must return, written the plain way (every relationship read and sorted).
  const reference = (undated: string) => `MATCH (:Actor)-[r:!INTERACTS]->(:Actor)
    WHERE ($actor IS NULL OR $actor IN [startNode(r).id, endNode(r).id])
      AND (${undated} OR r.dateFrom IS NOT NULL)
      AND ($types IS NULL OR type(r) IN $types)
      AND ($status IS NULL OR r.status IN $status)
      AND ($from IS NULL OR (r.dateFrom IS NOT NULL AND (r.dateTo >= date($from) OR r.dateTo IS NULL)))
      AND ($to IS NULL OR r.dateFrom <= date($to))
    WITH r ORDER BY r.dateFrom, r.dateTo, r.id
    SKIP $offset LIMIT $limit
    RETURN r.id AS id, r.dateFrom IS NULL AS undated`;
  const grid: Record<string, unknown>[] = [];
  for (const types of [null, ["ACCUSES"], ["EXPELS", "HOLDS_OFFICE_IN", "PLANS_VISIT"]])
    for (const [from, to] of [
      [null, null],
      ["2024-01-01", null],
      [null, "2025-03-31"],
      ["2025-01-01", "2025-04-30"],
    ])
      for (const [offset, limit] of [
        [0, 100],
        [0, 5],
        [5, 7],
        [20, 10],
      ])
        grid.push({ types, status: null, from, to, offset, limit });
  grid.push({ types: null, status: ["alleged", "denied"], from: null, to: null, offset: 0, limit: 100 });

  const graphqlArgs = (c: Record<string, unknown>) =>
    Object.entries(c)
      .filter(([, v]) => v !== null)
      .map(
        ([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(", ")}]` : typeof v === "string" ? `"${v}"` : v}`,
      )
      .join(", ");

  /** Asks `field` for every case and compares with the reference; returns how many pages mixed dated and undated. */
  async function pagesLikeReference(field: string, referenceQuery: string, cases: Record<string, unknown>[]) {
    let straddled = 0;
    for (const c of cases) {
      const data = await ask(`{ ${field}(${graphqlArgs(c)}) { id } }`);
      const params = {
        actor: null,
        ...c,
        offset: neo4j.int(c.offset as number),
        limit: neo4j.int(c.limit as number),
      };
      const { records } = await app.db
        .driver()
        .executeQuery(referenceQuery, params, { database: app.db.database });
      expect(
        data[field].map((r: { id: string }) => r.id),
        `${field}(${graphqlArgs(c)})`,
      ).toEqual(records.map((r) => r.get("id")));
      const undated = records.map((r) => r.get("undated"));
      if (undated.includes(true) && undated.includes(false)) straddled++;
    }
    return straddled;
  }

  it(
    "relations pages exactly like one sort of every relation, dated ones first, across the undated boundary",
    async () => {
      // The grid reaches pages that hold both dated and undated relations, and the whole list has 31.
      expect(await pagesLikeReference("relations", reference("true"), grid)).toBeGreaterThan(0);
      expect((await ask("{ relations(limit: 100) { id } }")).relations).toHaveLength(31);
    },
    PLANNING_TIMEOUT_MS,
  );

  it(
    "timeline pages the same way, across the corpus and for one actor, with or without undated relations",
    async () => {
      // Fewer cases than for relations (each new combination of argument types costs Neo4j a plan), chosen to
      // cover what timeline adds: the actor branch, and undated relations only when asked for and undated.
      const none = { types: null, status: null, from: null, to: null, offset: 0, limit: 100 };
      const timelineGrid = [
        { ...none, includeUndated: false },
        { ...none, includeUndated: true },
        { ...none, includeUndated: true, offset: 20, limit: 10 },
        { ...none, includeUndated: true, types: ["ACCUSES"], limit: 5 },
        { ...none, includeUndated: true, from: "2024-01-01" },
        {
          ...none,
          includeUndated: false,
          types: ["EXPELS", "HOLDS_OFFICE_IN", "PLANS_VISIT"],
          to: "2025-03-31",
        },
        { ...none, includeUndated: true, status: ["alleged", "denied"] },
        { ...none, includeUndated: true, actor: "pakistan-government" },
        { ...none, includeUndated: false, actor: "pakistan-government", offset: 5, limit: 7 },
        { ...none, includeUndated: true, actor: "pakistan-government", from: "2025-01-01", to: "2025-04-30" },
      ];
      expect(
        await pagesLikeReference("timeline", reference("$includeUndated"), timelineGrid),
      ).toBeGreaterThan(0);
      const { undated, dated } = await ask(
        "{ dated: timeline(limit: 100) { id } undated: timeline(limit: 100, includeUndated: true) { id } }",
      );
      expect([dated.length, undated.length]).toEqual([expect.any(Number), 31]);
      expect(dated.length).toBeLessThan(31);
    },
    PLANNING_TIMEOUT_MS,
  );
});
