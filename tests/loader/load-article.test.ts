import { describe, expect, it } from "vitest";
import { SEED_ARTICLE_ID, useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase({ seed: true });
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());

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
  });
});
