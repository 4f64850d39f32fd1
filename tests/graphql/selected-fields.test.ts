import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../../src/graphql/neo4j-schema.ts";
import { allFields, FIELDS_PARAMETER, fieldsOf, MAP_TYPES } from "../../src/graphql/selected-fields.ts";
import { MAP_PROPERTIES } from "../../src/graphql/statements/relation-parts.ts";
import { SEED_ARTICLE_ID } from "../helpers/database.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useCountingGraphqlYoga } from "./helpers/graphql-yoga.ts";

const sdl = parse(readFileSync(SCHEMA_FILE, "utf8"));
const DAR_VISIT = `${SEED_ARTICLE_ID}:dar-plans-kabul-visit`;

describe("the statements' map types", () => {
  it("build every field schema.graphql declares: the same-named properties and Relation's computed fields", () => {
    expect(fieldsOf(sdl, MAP_TYPES.actor).sort()).toEqual([...MAP_PROPERTIES.actor].sort());
    expect(fieldsOf(sdl, MAP_TYPES.article).sort()).toEqual([...MAP_PROPERTIES.article].sort());
    expect(fieldsOf(sdl, MAP_TYPES.relation).sort()).toEqual(
      [
        ...MAP_PROPERTIES.relation,
        ...["type", "coder", "source", "target", "attributedTo", "evidence"],
        // Added beside the map by the statements that place or roll up relations (date-fallback.ts, roll-up.ts).
        ...["datedBy", "placedAt", "rolledUp"],
      ].sort(),
    );
    expect(fieldsOf(sdl, MAP_TYPES.evidence).sort()).toEqual(["article", "end", "quote", "source", "start"]);
  });

  it("are all built for a request whose document the API did not read", () => {
    const all = allFields(sdl);
    expect(Object.keys(all.relation)).toHaveLength(26);
    expect(all.actor.wikidata).toBe(true);
  });
});

describe("a request's selection, through the API", () => {
  const app = useCountingGraphqlYoga();
  const lastFields = () => (app.log().parameters.at(-1) as Record<string, unknown>)[FIELDS_PARAMETER];

  it("reaches the statement, which builds the selected fields and only those", async () => {
    const { relations } = dataOf(
      await postGraphql(
        app.yoga(),
        `{ relations(types: [PLANS_VISIT], limit: 5) {
          id status ...ends evidence { quote article { title } } } }
        fragment ends on Relation { source { name } target { id } }`,
      ),
    );
    expect(lastFields()).toEqual({
      relation: { evidence: true, id: true, source: true, status: true, target: true },
      actor: { id: true, name: true },
      evidence: { article: true, quote: true },
      article: { title: true },
    });
    expect(relations).toContainEqual({
      id: DAR_VISIT,
      status: "planned",
      source: { name: "Ishaq Dar" },
      target: { id: "taliban-government" },
      evidence: {
        quote: "Ishaq Dar said on Thursday that he will visit Kabul in the coming days",
        article: { title: expect.any(String) },
      },
    });
  });
});
