import { getNamedType } from "graphql";
import { beforeEach, describe, expect, it } from "vitest";
import { createNeo4jGraphQL } from "../../src/graphql/neo4j-schema.ts";
import { ACTOR_ID_ARGUMENTS, lookupOf, rankNearest, slugOf } from "../../src/graphql/unknown-ids.ts";
import { dataOf, type GraphqlResponse, postGraphql } from "./helpers/graphql-request.ts";
import { useCountingGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** An actor id that names no actor gets the nearest ids beside the null or empty answer, on the seed article. */

const app = useCountingGraphqlYoga();
const log = () => app.log();
beforeEach(() => {
  log().statements.length = 0;
});

interface UnknownIdHint {
  path: string[];
  field: string;
  argument: string;
  id: string;
  nearest: string[];
}
const hints = (response: GraphqlResponse) =>
  (response.body as { extensions?: { unknownIds?: UnknownIdHint[] } }).extensions?.unknownIds;

describe("an unknown actor id", () => {
  it("in actor(id:) gives null and the nearest ids, the case-folded id first", async () => {
    const response = await postGraphql(app.yoga(), '{ actor(id: "Pakistan") { id } }');
    expect(dataOf(response).actor).toBeNull();
    const [hint] = hints(response) ?? [];
    expect(hint).toMatchObject({ path: ["actor"], field: "Query.actor", argument: "id", id: "Pakistan" });
    // The country first, then the government, whose alias is "Pakistan".
    expect(hint?.nearest.slice(0, 2)).toEqual(["pakistan", "pakistan-government"]);
    expect(hint?.nearest.length).toBeLessThanOrEqual(5);
  });

  it("in relations(attributedTo:) gives [] and names the IOM's id", async () => {
    const response = await postGraphql(app.yoga(), '{ relations(attributedTo: ["IOM"]) { id } }');
    expect(dataOf(response).relations).toEqual([]);
    expect(hints(response)).toEqual([
      {
        path: ["relations"],
        field: "Query.relations",
        argument: "attributedTo",
        id: "IOM",
        nearest: ["iom"],
      },
    ]);
    // The same with the right id: the IOM's count of people expelled.
    const known = await postGraphql(app.yoga(), '{ relations(attributedTo: ["iom"]) { id } }');
    expect(dataOf(known).relations.length).toBeGreaterThan(0);
    expect(hints(known)).toBeUndefined();
  });

  it("is reported per argument, by alias and through variables, known ids left out", async () => {
    const response = await postGraphql(
      app.yoga(),
      `query ($other: ID!) {
        between: relationsBetween(actor: "pakistan-government", other: $other) { id }
        paths: shortestPaths(from: "ishak-dar", to: "NATO") { length }
      }`,
      { other: "Taliban Government" },
    );
    expect(dataOf(response)).toEqual({ between: [], paths: [] });
    const byArgument = Object.fromEntries(
      (hints(response) ?? []).map((h) => [`${h.path[0]}.${h.argument}`, h.nearest[0]]),
    );
    expect(byArgument).toEqual({
      "between.other": "taliban-government",
      "paths.from": "ishaq-dar",
      "paths.to": "nato-forces",
    });
  });

  it("in neighbourhood, timeline and claimsWithDenials too", async () => {
    const response = await postGraphql(
      app.yoga(),
      `{ neighbourhood(actor: "Ishaq Dar") { center }
         timeline(actor: "TTP") { id }
         claimsWithDenials(actor: "taliban") { claim { id } } }`,
    );
    expect(dataOf(response).neighbourhood).toBeNull();
    const nearest = Object.fromEntries((hints(response) ?? []).map((h) => [h.path[0], h.nearest]));
    expect(nearest.neighbourhood?.[0]).toBe("ishaq-dar");
    expect(nearest.timeline?.[0]).toBe("ttp");
    // "taliban" is no id; the actors named Taliban are.
    expect(nearest.claimsWithDenials).toEqual(
      expect.arrayContaining(["afghan-taliban", "taliban-government", "taliban-first-government"]),
    );
  });
});

describe("the lookup's cost", () => {
  it("is nothing when the answer is not empty: one Cypher query, no extension", async () => {
    const response = await postGraphql(app.yoga(), '{ actor(id: "pakistan") { id } }');
    expect(dataOf(response).actor.id).toBe("pakistan");
    expect(hints(response)).toBeUndefined();
    expect(log().statements).toHaveLength(1);
  });

  it("is one query for all the ids of an empty answer, and no hint when every id is known", async () => {
    // Two known actors with no relation between them.
    const response = await postGraphql(
      app.yoga(),
      '{ relationsBetween(actor: "iom", other: "nato-forces") { id } }',
    );
    expect(dataOf(response).relationsBetween).toEqual([]);
    expect(hints(response)).toBeUndefined();
    expect(log().statements).toHaveLength(2);
  });
});

describe("ranking the nearest ids", () => {
  it("folds case and spacing into a slug", () => {
    expect(slugOf("Pakistan Government")).toBe("pakistan-government");
    expect(slugOf("IOM")).toBe("iom");
    expect(lookupOf("Pakistan").lucene).toBe("(pakistan OR pakistan* OR pakistan~)");
  });

  it("puts the slug itself first and reads capitals as an acronym", () => {
    const iom = { id: "iom", name: "International Organization for Migration", aliases: [] };
    const un = { id: "united-nations", name: "United Nations", aliases: ["UN"] };
    expect(rankNearest("IOM", [un, iom])).toEqual(["iom"]);
    expect(rankNearest("IOM", [un, { ...iom, id: "intl-org-migration" }])).toEqual(["intl-org-migration"]);
  });
});

describe("the actor id arguments", () => {
  it("are every ID argument of the Query fields but the article's id", async () => {
    const fields = (await createNeo4jGraphQL().getSchema()).getQueryType()?.getFields() ?? {};
    const idArguments = Object.values(fields).flatMap((field) =>
      field.args
        .filter((a) => getNamedType(a.type).name === "ID")
        .map((a) => `Query.${field.name}(${a.name})`),
    );
    const listed = Object.entries(ACTOR_ID_ARGUMENTS).flatMap(([field, args]) =>
      args.map((a) => `${field}(${a})`),
    );
    expect(idArguments.filter((a) => a !== "Query.article(id)").sort()).toEqual(listed.sort());
  });
});
