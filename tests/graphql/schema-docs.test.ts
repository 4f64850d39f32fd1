import { describe, expect, it } from "vitest";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-schema.ts";
import { ACTOR_KINDS, RELATION_CODERS, RELATION_STATUSES } from "../../src/model/vocabulary.ts";

/** What GraphiQL's docs pane shows a researcher: a description for every research argument and enum value. */

const RESEARCH_FIELDS = [
  "actor",
  "article",
  "searchActors",
  "relations",
  "relationsBetween",
  "claimsWithDenials",
  "neighbourhood",
  "shortestPaths",
  "timeline",
];

describe("the schema's docs", () => {
  it("describe every argument of the research fields", async () => {
    const query = (await createNeo4jGraphQL().getSchema()).getQueryType();
    const fields = query?.getFields() ?? {};
    const undescribed = RESEARCH_FIELDS.flatMap((name) =>
      (fields[name]?.args ?? [{ name: "(field missing)", description: null }])
        .filter((a) => !a.description)
        .map((a) => `${name}(${a.name})`),
    );
    expect(undescribed).toEqual([]);
    expect(fields.relations?.args.find((a) => a.name === "from")?.description).toMatch(/Not after `to`/);
  });

  it("describe every ActorKind, RelationStatus and Coder value", async () => {
    const schema = await createNeo4jGraphQL().getSchema();
    for (const [enumName, names] of [
      ["ActorKind", ACTOR_KINDS],
      ["RelationStatus", RELATION_STATUSES],
      ["Coder", RELATION_CODERS],
    ] as const) {
      const type = schema.getType(enumName);
      const values = type && "getValues" in type ? type.getValues() : [];
      expect(values.map((v) => v.name)).toEqual([...names]);
      for (const v of values) expect(v.description, `${enumName}.${v.name}`).toMatch(/\w{3}/);
    }
  });
});
