import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { argumentProblems } from "../../src/graphql/argument-checks.ts";
import { ARGUMENT_RANGES } from "../../src/graphql/limits.ts";
import { dataOf, onlyError, postGraphql } from "./helpers/graphql-request.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** A bad argument is refused before anything runs, by an error that names it. */

const app = useGraphqlYoga();

describe("arguments out of range", () => {
  it.each([
    ['{ actor(id: "ttp") { relations(limit: 500) { id } } }', "limit", "Actor.relations", 500],
    ["{ actors(limit: 101) { id } }", "limit", "Query.actors", 101],
    ["{ timeline(offset: -1) { id } }", "offset", "Query.timeline", -1],
    ['{ neighbourhood(actor: "ttp", depth: 4) { center } }', "depth", "Query.neighbourhood", 4],
    ['{ neighbourhood(actor: "ttp", maxNodes: 201) { center } }', "maxNodes", "Query.neighbourhood", 201],
    ['{ neighbourhood(actor: "ttp", maxEdges: 0) { center } }', "maxEdges", "Query.neighbourhood", 0],
    ['{ shortestPaths(from: "ttp", to: "iom", maxHops: 7) { length } }', "maxHops", "Query.shortestPaths", 7],
    [
      "{ articles { actorsConnection(first: 101) { edges { node { id } } } } }",
      "first",
      "Article.actorsConnection",
      101,
    ],
  ])("%s names %s", async (query, argument, field, value) => {
    const response = await postGraphql(app.yoga(), query);
    const error = onlyError(response);
    const range = ARGUMENT_RANGES[argument];
    expect(response.status).toBe(400);
    expect(error.message).toBe(
      `Argument "${argument}" of "${field}" must be from ${range?.min} to ${range?.max}; got ${value}.`,
    );
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument, min: range?.min, max: range?.max });
  });

  it("checks values passed as variables and inside fragments too", async () => {
    const error = onlyError(
      await postGraphql(
        app.yoga(),
        `query ($size: Int!) { actor(id: "ttp") { ...relations } }
         fragment relations on Actor { relations(limit: $size) { id } }`,
        { size: 1000 },
      ),
    );
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit" });
    expect(error.message).toContain("got 1000");
  });

  it("accepts the bounds themselves", async () => {
    const { actor } = dataOf(
      await postGraphql(
        app.yoga(),
        '{ actor(id: "pakistan-government") { relations(limit: 100, offset: 0) { id } } }',
      ),
    );
    // Islamabad is the source of 12 relations (expulsions, accusations, sanctions…) and the target of 6.
    expect(actor.relations).toHaveLength(18);
  });
});

describe("arguments of the wrong form", () => {
  it("refuses a CAMEO root that is not two digits, naming cameoRoot", async () => {
    const error = onlyError(await postGraphql(app.yoga(), '{ relations(cameoRoot: ["17", "174"]) { id } }'));
    expect(error.message).toBe(
      'Argument "cameoRoot" of "Query.relations" takes CAMEO roots of two digits ("11", "17"); got "174".',
    );
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "cameoRoot" });
  });

  it("refuses a minimum confidence outside 0 to 1, naming minConfidence", async () => {
    const response = await postGraphql(app.yoga(), "{ timeline(minConfidence: 1.5) { id } }");
    const error = onlyError(response);
    expect(response.status).toBe(400);
    expect(error.message).toBe(
      'Argument "minConfidence" of "Query.timeline" is a confidence from 0 to 1; got 1.5.',
    );
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a status outside the vocabulary, naming the enum", async () => {
    const response = await postGraphql(
      app.yoga(),
      '{ actor(id: "ttp") { relations(status: [rumoured]) { id } } }',
    );
    const error = onlyError(response);
    expect(response.status).toBe(400);
    expect(error.message).toBe('Value "rumoured" does not exist in "RelationStatus" enum.');
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a missing required argument, naming it", async () => {
    const error = onlyError(await postGraphql(app.yoga(), '{ relationsBetween(actor: "ttp") { id } }'));
    expect(error.message).toBe(
      'Field "relationsBetween" argument "other" of type "ID!" is required, but it was not provided.',
    );
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses an explicit null where a default stands in for a missing value", async () => {
    const error = onlyError(await postGraphql(app.yoga(), "{ timeline(limit: null) { id } }"));
    expect(error.message).toBe('Expected value of type "Int!", found null.');
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a day that is not one, saying how to write it", async () => {
    const error = onlyError(await postGraphql(app.yoga(), '{ timeline(from: "2025-02-30") { id } }'));
    expect(error.message).toBe(
      'Expected value of type "Day", found "2025-02-30"; Day must be a calendar day written yyyy-mm-dd, such as "2025-04-17"; got "2025-02-30".',
    );
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a reversed date range, literal or variable, and accepts a single day", async () => {
    const literal = onlyError(
      await postGraphql(app.yoga(), '{ timeline(from: "2025-04-17", to: "2025-04-01") { id } }'),
    );
    expect(literal.message).toBe(
      'Arguments "from" and "to" of "Query.timeline" are reversed: from 2025-04-17 comes after to 2025-04-01. Swap them to ask for the days between.',
    );
    expect(literal.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "from" });

    const viaVariables = onlyError(
      await postGraphql(
        app.yoga(),
        "query ($from: Day, $to: Day) { relations(from: $from, to: $to) { id } }",
        { from: "2025-01-01", to: "2024-12-31" },
      ),
    );
    expect(viaVariables.message).toMatch(/^Arguments "from" and "to" of "Query.relations" are reversed/);

    const problems = (query: string) =>
      argumentProblems({ schema: app.yoga().getEnveloped().schema, document: parse(query) });
    // from = to is a one-day range; shortestPaths' from and to are actor ids, not days, and have no order.
    expect(problems('{ timeline(from: "2025-04-17", to: "2025-04-17") { id } }')).toEqual([]);
    expect(problems('{ shortestPaths(from: "ttp", to: "iom") { length } }')).toEqual([]);
    expect(problems('{ timeline(from: "2025-04-18", to: "2025-04-17") { id } }')).toHaveLength(1);
  });
});
