import { readFileSync } from "node:fs";
import { isEnumType, isObjectType, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { createNeo4jGraphQL, researchFieldsFirst, SCHEMA_FILE } from "../../src/graphql/neo4j-schema.ts";
import { ACTOR_KINDS, RELATION_CODERS, RELATION_STATUSES } from "../../src/model/vocabulary.ts";

/** What GraphiQL's docs pane shows a researcher: the research fields first, every argument and enum value described. */

const servedSchema = async () => researchFieldsFirst(await createNeo4jGraphQL().getSchema());

/** The fields schema.graphql writes itself (not those @neo4j/graphql generates), by type. */
const declaredFields = parse(readFileSync(SCHEMA_FILE, "utf8")).definitions.flatMap((d) =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION
    ? (d.fields ?? []).map((f) => ({
        type: d.name.value,
        field: f.name.value,
        args: (f.arguments ?? []).map((a) => a.name.value),
      }))
    : [],
);
const researchFields = declaredFields.filter((f) => f.type === "Query").map((f) => f.field);

describe("the schema's docs", () => {
  it("list the research fields first, in schema.graphql's order, then the generated ones", async () => {
    const fields = Object.values((await servedSchema()).getQueryType()?.getFields() ?? {});
    expect(researchFields.slice(0, 3)).toEqual(["actor", "article", "searchActors"]);
    expect(fields.slice(0, researchFields.length).map((f) => f.name)).toEqual(researchFields);
    expect(fields.slice(researchFields.length).map((f) => f.name)).toEqual(
      expect.arrayContaining(["actors", "actorsConnection", "articles", "articlesConnection"]),
    );
    for (const f of fields.slice(0, researchFields.length)) expect(f.description, f.name).toMatch(/\w{3}/);
  });

  it("describe every argument schema.graphql declares (the library's where, sort… have their own)", async () => {
    const schema = await servedSchema();
    const undescribed = declaredFields.flatMap(({ type, field, args: declared }) => {
      const definition = schema.getType(type);
      const built = isObjectType(definition) ? (definition.getFields()[field]?.args ?? []) : [];
      expect(built.map((a) => a.name)).toEqual(expect.arrayContaining(declared));
      return built
        .filter((a) => declared.includes(a.name) && !a.description)
        .map((a) => `${type}.${field}(${a.name})`);
    });
    expect(undescribed).toEqual([]);
    // Arguments of the research fields and of Actor.relations alike.
    expect(declaredFields.find((f) => f.type === "Actor" && f.field === "relations")?.args).toContain(
      "direction",
    );
    const query = schema.getQueryType()?.getFields();
    expect(query?.relations?.args.find((a) => a.name === "from")?.description).toMatch(/Not after `to`/);
  });

  it("describe every value of every enum", async () => {
    const schema = await servedSchema();
    const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith("__"));
    expect(enums.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Direction", "RelationType", "SortDirection"]),
    );
    const undescribed = enums.flatMap((e) =>
      isEnumType(e)
        ? e
            .getValues()
            .filter((v) => !/\w{3}/.test(v.description ?? ""))
            .map((v) => `${e.name}.${v.name}`)
        : [],
    );
    expect(undescribed).toEqual([]);
    for (const [enumName, names] of [
      ["ActorKind", ACTOR_KINDS],
      ["RelationStatus", RELATION_STATUSES],
      ["Coder", RELATION_CODERS],
    ] as const) {
      const type = schema.getType(enumName);
      expect(isEnumType(type) ? type.getValues().map((v) => v.name) : []).toEqual([...names]);
    }
  });
});
