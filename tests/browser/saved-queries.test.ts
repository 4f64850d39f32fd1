import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { readSavedQueries } from "../../src/browser/guide.ts";
import { resultGraph } from "../../tools/browser/result-graph.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase({ seed: true });
const queries = await readSavedQueries();

/** The guide's `:param name => value` lines, evaluated by Neo4j as Browser does. */
async function params(lines: readonly string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const line of lines) {
    const m = /^:param\s+(\w+)\s*=>\s*(.+)$/.exec(line);
    expect(m, line).not.toBeNull();
    const { records } = await db
      .driver()
      .executeQuery(`RETURN ${m?.[2]} AS v`, {}, { database: db.database });
    out[m?.[1] as string] = records[0]?.get("v");
  }
  return out;
}

interface DrawnRelation {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly properties: Record<string, unknown>;
}

/**
 * The relations a saved query returns (APOC's virtual copies included), with their ends' actor ids, in the
 * order of its rows.
 */
async function drawnRelations(name: string): Promise<DrawnRelation[]> {
  const q = queries.find((x) => x.name === name);
  expect(q, name).toBeDefined();
  const { records } = await db
    .driver()
    .executeQuery(q?.cypher ?? "", await params(q?.params ?? []), { database: db.database });
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isNode(value)) nodes.set(value.elementId, value);
    else if (isRelationship(value)) rels.set(value.elementId, value);
    else if (isPath(value)) for (const s of value.segments) [s.start, s.relationship, s.end].forEach(walk);
  };
  for (const record of records) record.forEach(walk);
  const actorId = (elementId: string) => String(nodes.get(elementId)?.properties.id);
  return [...rels.values()].map((r) => ({
    type: r.type,
    source: actorId(r.startNodeElementId),
    target: actorId(r.endNodeElementId),
    properties: r.properties,
  }));
}

describe("the saved research queries (cypher/queries/)", () => {
  it.each(queries.map((q) => [q.name, q] as const))(
    "%s runs on the seed article and finds something",
    async (_name, q) => {
      const p = await params(q.params);
      const { records } = await db.driver().executeQuery(q.cypher, p, { database: db.database });
      expect(records.length).toBeGreaterThan(0);
    },
  );

  it("the article graph query returns the whole seed article graph", async () => {
    const q = queries.find((x) => x.name === "article-graph");
    const g = await resultGraph(db.driver(), db.database, q?.cypher ?? "", {}, { connectResultNodes: false });
    expect(g.nodes.size).toBe(20);
    expect([...g.relationships.values()].filter((t) => t === "MENTIONS")).toHaveLength(19);
    expect(g.relationships.size).toBe(19 + 31);
  });

  it("who accuses whom pairs the Taliban government's denial with Islamabad's accusation", async () => {
    const drawn = await drawnRelations("who-accuses-whom");
    expect(drawn.map((r) => `${r.source} ${r.type} ${r.target}`).sort()).toEqual([
      "pakistan-government ACCUSES afghans-in-pakistan",
      "pakistan-government ACCUSES taliban-government",
      "taliban-government DENIES pakistan-government",
    ]);
  });

  it("claims attributed to the IOM or the UN are the IOM's expulsion count and the UN's population figure", async () => {
    const drawn = await drawnRelations("attributed-to-iom-or-un");
    expect(drawn.map((r) => r.properties.id).sort()).toEqual([
      "2025-04-17-dar-kabul-afghan-expulsions:afghans-live-in-pakistan",
      "2025-04-17-dar-kabul-afghan-expulsions:iom-expulsion-count",
    ]);
  });

  it("the TTP's ties are its link to the Afghan Taliban, its attacks, and the ties it strains", async () => {
    const drawn = (await drawnRelations("ttp-ties")).sort((a, b) =>
      String(a.properties.id).localeCompare(String(b.properties.id)),
    );
    expect(drawn.map((r) => ({ source: r.source, type: r.type, target: r.target }))).toEqual([
      { source: "mohammad-sadiq", type: "CRITICIZES", target: "ttp" },
      { source: "ttp", type: "ATTACKS", target: "pakistani-security-officials" },
      { source: "ttp", type: "AFFILIATED_WITH", target: "afghan-taliban" },
      { source: "pakistan-government", type: "REDUCES_RELATIONS", target: "taliban-government" },
    ]);
  });

  it("the timeline runs from the 1990s recognition to the end-of-April deadline", async () => {
    const q = queries.find((x) => x.name === "timeline");
    const { records } = await db.driver().executeQuery(q?.cypher ?? "", {}, { database: db.database });
    const rows = records.map((r) => [r.get("date"), r.get("articleSays"), r.get("relation")]);
    expect(rows[0]).toEqual(["1990/1999", "in the 1990s", "RECOGNIZES"]);
    expect(rows[1]).toEqual(["2021", "in 2021", "GOVERNS"]);
    expect(rows[2]).toEqual(["2024", "Last year", "ACCUSES"]);
    expect(rows.at(-1)).toEqual(["2025-04-30", "by the end of April", "ISSUES_ULTIMATUM"]);
    // Ten relations carry the article's words for their time; the rest are undated and left out.
    expect(rows).toHaveLength(10);
  });

  it("the neighbourhood of the Government of Pakistan draws one line per pair, counting its relations", async () => {
    const drawn = await drawnRelations("actor-neighbourhood");
    const pairs = new Map(drawn.map((r) => [`${r.source}>${r.target}`, r]));
    expect(drawn.every((r) => r.type === "INTERACTS")).toBe(true);
    expect(pairs.size).toBe(drawn.length);
    // Its six relations to the Afghans in Pakistan (three expulsions, a sanction, an ultimatum, an accusation).
    expect(pairs.get("pakistan-government>afghans-in-pakistan")?.properties).toMatchObject({
      count: 6,
      hostile: 6,
    });
    expect(pairs.get("taliban-government>pakistan-government")?.properties).toMatchObject({
      count: 1,
      hostile: 1,
    });
    expect(pairs.has("analysts>pakistan-government")).toBe(true);
    // Every relation of the actor is counted on one of its lines.
    const { records } = await db
      .driver()
      .executeQuery(
        "MATCH (:Actor {id: 'pakistan-government'})-[r:!INTERACTS]-(:Actor) RETURN count(r) AS n",
        {},
        { database: db.database },
      );
    const ownLines = drawn.filter((r) => [r.source, r.target].includes("pakistan-government"));
    expect(ownLines.reduce((sum, r) => sum + Number(r.properties.count), 0)).toBe(
      Number(records[0]?.get("n")),
    );
  });
});

describe("each guide query draws what its title promises, and Browser adds nothing", () => {
  /** What Browser draws: the result and, with "Connect result nodes" (its default), every relation between. */
  const browserDraws = async (name: string) => {
    const q = queries.find((x) => x.name === name);
    const p = await params(q?.params ?? []);
    const withConnect = await resultGraph(db.driver(), db.database, q?.cypher ?? "", p);
    const alone = await resultGraph(db.driver(), db.database, q?.cypher ?? "", p, {
      connectResultNodes: false,
    });
    return {
      types: new Set(withConnect.relationships.values()),
      added: withConnect.relationships.size - alone.relationships.size,
      addedTypes: new Set(
        [...withConnect.relationships]
          .filter(([key]) => !alone.relationships.has(key))
          .map(([, type]) => type),
      ),
    };
  };

  it("Who accuses whom, and who denies it: ACCUSES and DENIES only", async () => {
    const { types, added } = await browserDraws("who-accuses-whom");
    expect([...types].sort()).toEqual(["ACCUSES", "DENIES"]);
    expect(added).toBe(0);
    // Each denial answers an accusation drawn beside it.
    const drawn = await drawnRelations("who-accuses-whom");
    for (const d of drawn.filter((r) => r.type === "DENIES"))
      expect(drawn).toContainEqual(
        expect.objectContaining({ type: "ACCUSES", source: d.target, target: d.source }),
      );
  });

  it("Claims attributed to the IOM or the UN: only relations attributed to them", async () => {
    const { added } = await browserDraws("attributed-to-iom-or-un");
    expect(added).toBe(0);
    const drawn = await drawnRelations("attributed-to-iom-or-un");
    expect(new Set(drawn.map((r) => r.properties.attributedTo))).toEqual(new Set(["iom", "united-nations"]));
  });

  it("The TTP's ties: only relations of the TTP or whose evidence names it", async () => {
    const { added } = await browserDraws("ttp-ties");
    expect(added).toBe(0);
    for (const r of await drawnRelations("ttp-ties"))
      expect(
        r.source === "ttp" || r.target === "ttp" || String(r.properties.evidence).includes("TTP"),
        r.type,
      ).toBe(true);
  });

  it("The article graph: its mentions and every relation annotated from it, and nothing Browser adds", async () => {
    const { types, added } = await browserDraws("article-graph");
    // Copies: "Connect result nodes" would add the pairs' summaries (INTERACTS) among the article's actors.
    expect(added).toBe(0);
    const { records } = await db
      .driver()
      .executeQuery(
        "MATCH (:Actor)-[r:!INTERACTS]->(:Actor) RETURN collect(DISTINCT type(r)) AS types",
        {},
        { database: db.database },
      );
    expect([...types].sort()).toEqual(
      ["MENTIONS", ...((records[0]?.get("types") as string[] | undefined) ?? [])].sort(),
    );
  });

  it("An actor's neighbourhood: the summaries of the actor's pairs and of those among its neighbours, nothing further", async () => {
    const { types, added } = await browserDraws("actor-neighbourhood");
    expect(added).toBe(0);
    expect([...types]).toEqual(["INTERACTS"]);
    const drawn = await drawnRelations("actor-neighbourhood");
    // Pairs among its neighbours are drawn too: Ishaq Dar's planned visit to the Taliban government.
    expect(drawn.map((r) => `${r.source}>${r.target}`)).toContain("ishaq-dar>taliban-government");
  });

  it("The timeline is a table of dated relations, no graph", async () => {
    const q = queries.find((x) => x.name === "timeline");
    const g = await resultGraph(db.driver(), db.database, q?.cypher ?? "");
    expect(g.nodes.size + g.relationships.size).toBe(0);
  });

  it("covers every saved query", () => {
    expect(queries.map((q) => q.name).sort()).toEqual([
      "actor-neighbourhood",
      "article-graph",
      "attributed-to-iom-or-un",
      "timeline",
      "ttp-ties",
      "who-accuses-whom",
    ]);
  });
});
