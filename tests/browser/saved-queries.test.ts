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
    const q = queries.find((x) => x.name === "who-accuses-whom");
    const { records } = await db
      .driver()
      .executeQuery(
        `${q?.cypher.replace(/RETURN[\s\S]*$/, "")} RETURN accuser.id AS accuser, accused.id AS accused, denial IS NOT NULL AS denied`,
        {},
        { database: db.database },
      );
    expect(records.map((r) => r.toObject())).toContainEqual({
      accuser: "pakistan-government",
      accused: "taliban-government",
      denied: true,
    });
  });

  it("claims attributed to the IOM or the UN are the IOM's expulsion count and the UN's population figure", async () => {
    const q = queries.find((x) => x.name === "attributed-to-iom-or-un");
    const { records } = await db
      .driver()
      .executeQuery(
        `${q?.cypher.replace(/RETURN[\s\S]*$/, "")} RETURN r.id AS id ORDER BY id`,
        {},
        { database: db.database },
      );
    expect(records.map((r) => r.get("id"))).toEqual([
      "2025-04-17-dar-kabul-afghan-expulsions:afghans-live-in-pakistan",
      "2025-04-17-dar-kabul-afghan-expulsions:iom-expulsion-count",
    ]);
  });

  it("the TTP's ties are its link to the Afghan Taliban, its attacks, and the ties it strains", async () => {
    const q = queries.find((x) => x.name === "ttp-ties");
    const { records } = await db
      .driver()
      .executeQuery(
        `${q?.cypher.replace(/RETURN[\s\S]*$/, "")} RETURN a.id AS source, type(r) AS type, b.id AS target ORDER BY r.id`,
        {},
        { database: db.database },
      );
    expect(records.map((r) => r.toObject())).toEqual([
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

  it("the neighbourhood of the Government of Pakistan holds its accusations and the denial aimed at it", async () => {
    const q = queries.find((x) => x.name === "actor-neighbourhood");
    const p = await params(q?.params ?? []);
    const { records } = await db
      .driver()
      .executeQuery(
        `${q?.cypher.replace(/RETURN[\s\S]*$/, "")} RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target`,
        p,
        { database: db.database },
      );
    const ties = records.map((r) => `${r.get("source")} ${r.get("type")} ${r.get("target")}`);
    expect(ties).toHaveLength(18);
    expect(ties).toContain("taliban-government DENIES pakistan-government");
    expect(ties).toContain("pakistan-government ACCUSES taliban-government");
    expect(ties).toContain("analysts CRITICIZES pakistan-government");
  });
});
