import { readFileSync } from "node:fs";
import {
  type ConstValueNode,
  type FieldDefinitionNode,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
} from "graphql/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { EDGE_RELATIONS_PARAMETER } from "../../src/graphql/edge-details.ts";
import { ARGUMENT_RANGES } from "../../src/graphql/limits.ts";
import { createNeo4jGraphQL, SCHEMA_FILE, withResearchStatements } from "../../src/graphql/neo4j-schema.ts";
import { FIELDS_PARAMETER } from "../../src/graphql/selected-fields.ts";
import { ACTOR_KINDS, RELATION_STATUSES, RELATION_TYPES, SECTORS } from "../../src/model/vocabulary.ts";

/** schema.graphql and the schema @neo4j/graphql makes of it, checked without a database. */

const sdl = readFileSync(SCHEMA_FILE, "utf8");
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createNeo4jGraphQL().getSchema();
});

const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe("the vocabulary in the schema", () => {
  it("offers exactly the vocabulary's relation types, actor kinds, sectors and statuses", () => {
    expect(enumValues("RelationType")).toEqual(RELATION_TYPES.map((t) => t.type));
    expect(enumValues("ActorKind")).toEqual([...ACTOR_KINDS]);
    expect(enumValues("Sector")).toEqual(Object.keys(SECTORS));
    expect(enumValues("RelationStatus")).toEqual([...RELATION_STATUSES]);
    expect(enumValues("RelationCategory").sort()).toEqual(
      [...new Set(RELATION_TYPES.map((t) => t.category))].sort(),
    );
  });

  it("describes each relation type with the vocabulary's words and codes", () => {
    const expels = (schema.getType("RelationType") as GraphQLEnumType).getValue("EXPELS");
    expect(expels?.description).toBe(
      "Expels or deports members of the target group (CAMEO 174 expel or deport individuals). CAMEO 174, PLOVER COERCE (deport).",
    );
  });

  it("has a PLOVER type for every event type of the vocabulary", () => {
    const plover = enumValues("PloverType");
    for (const t of RELATION_TYPES) if (t.plover !== null) expect(plover).toContain(t.plover);
  });
});

describe("a read-only API", () => {
  it("has no mutations and no subscriptions", () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });
});

describe("every list", () => {
  const listOfObjects = (type: GraphQLOutputType) => {
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    return isListType(unwrapped) && isObjectType(getNamedType(unwrapped));
  };
  /** Lists that are not paged, each bounded by something else. */
  const bounded: Record<string, string> = {
    "Query.relationTypes": "the vocabulary, from code",
    "ClaimWithDenials.denials": "at most 100, by the statement",
    "ClaimWithDenials.answers": "the denials with their reasons: at most 100, by the statement",
    "Relation.rolledUp": "a relation's two ends at most",
    "Graph.nodes": "maxNodes",
    "Graph.edges": "maxEdges",
    "Path.actors": "maxHops + 1",
    "Path.relations": "maxHops",
    "GraphStats.labels": "the labels of the schema",
    "GraphStats.relationshipTypes": "the vocabulary and MENTIONS",
    "Event.reports": "at most 100, by the statement",
    "Event.contradictions": "at most 100, by the statement",
  };

  it("returning objects is paged by limit or first, or bounded otherwise", () => {
    const unpaged: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const name = `${type.name}.${field.name}`;
        if (!listOfObjects(field.type) || bounded[name] || type.name.endsWith("Connection")) continue;
        if (!field.args.some((a) => a.name === "limit" || a.name === "first")) unpaged.push(name);
      }
    }
    expect(unpaged).toEqual([]);
  });

  it("has a default page size within the allowed range, and @limit(max:) is that range's top", () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        for (const arg of field.args) {
          const range = ARGUMENT_RANGES[arg.name];
          if (range && typeof arg.defaultValue === "number") {
            expect(arg.defaultValue).toBeGreaterThanOrEqual(range.min);
            expect(arg.defaultValue).toBeLessThanOrEqual(range.max);
          }
        }
      }
    }
    const maxima = [...sdl.matchAll(/@limit\(default: (\d+), max: (\d+)\)/g)].map((m) => Number(m[2]));
    expect(maxima).toEqual([ARGUMENT_RANGES.limit?.max, ARGUMENT_RANGES.limit?.max]);
  });
});

describe("the @cypher statements of schema.graphql", () => {
  // As @neo4j/graphql reads them: composed in code, with each type's branch written out.
  const document = withResearchStatements(sdl);
  const cypherFields: { name: string; field: FieldDefinitionNode; statement: string }[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const cypher = field.directives?.find((d) => d.name.value === "cypher");
      const statement = cypher?.arguments?.find((a) => a.name.value === "statement")?.value as ConstValueNode;
      if (statement?.kind === Kind.STRING) {
        cypherFields.push({
          name: `${definition.name.value}.${field.name.value}`,
          field,
          statement: statement.value,
        });
      }
    }
  }

  it("use only parameters that are arguments of their field, or set by the API for each request", () => {
    expect(cypherFields.length).toBeGreaterThan(10);
    for (const { name, field, statement } of cypherFields) {
      const args = new Set([
        ...(field.arguments?.map((a) => a.name.value) ?? []),
        EDGE_RELATIONS_PARAMETER,
        FIELDS_PARAMETER,
      ]);
      const parameters = [...statement.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]);
      expect({ name, unknown: parameters.filter((p) => !args.has(p as string)) }).toEqual({
        name,
        unknown: [],
      });
    }
  });

  it("build every relation with the same expression", () => {
    const expressions = cypherFields.flatMap(({ statement }) =>
      [
        ...statement.matchAll(
          /\{id: CASE WHEN \$fields\.relation\.id THEN r\.id END,[\s\S]*?url: [^}]*\} \}\) END\} END\}/g,
        ),
      ].map((m) => m[0].replace(/\s+/g, " ")),
    );
    // actor.relations, relations, relationsBetween, claimsWithDenials (claim and denials), neighbourhood,
    // shortestPaths, timeline; events and storyline (a report, a contradiction's two sides)
    expect(expressions).toHaveLength(14);
    expect(new Set(expressions).size).toBe(1);
  });
});

describe("putting the composed statements in", () => {
  it("refuses a field that names another field's statement, or one that does not exist", () => {
    const swapped = sdl.replace('statement: "Query.relationsBetween"', 'statement: "Query.relations"');
    expect(() => withResearchStatements(swapped)).toThrow(
      /Query\.relationsBetween must name its own statement \("Query\.relationsBetween"\).*names "Query\.relations"/,
    );
    const unknown = sdl.replace('statement: "Query.graphStats"', 'statement: "MATCH (n) RETURN n"');
    expect(() => withResearchStatements(unknown)).toThrow(/Query\.graphStats must name its own statement/);
  });

  it("refuses to start when a composed statement has no field", () => {
    const dropped = sdl.replace(/\n {2}"How many nodes[\s\S]*?columnName: "stats"\)\n/, "\n");
    expect(dropped).not.toContain("graphStats");
    expect(() => withResearchStatements(dropped)).toThrow(
      /no field of schema.graphql uses: Query\.graphStats/,
    );
  });
});

describe("the enums made from the vocabulary", () => {
  it("are enum types, not written in schema.graphql", () => {
    for (const name of [
      "RelationType",
      "ActorKind",
      "Sector",
      "RelationStatus",
      "RelationCategory",
      "PloverType",
    ]) {
      expect(isEnumType(schema.getType(name))).toBe(true);
      expect(sdl).not.toMatch(new RegExp(`^enum ${name} `, "m"));
    }
  });
});
