import { beforeEach, describe, expect, it } from "vitest";
import { readExamples } from "../../src/graphql/examples.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useCountingGraphqlYoga } from "./helpers/graphql-yoga.ts";

/**
 * One GraphQL request, one Cypher round trip: the driver under the app records every statement it sends to the
 * real Neo4j, and each research question must send exactly one (the vocabulary none).
 */

const app = useCountingGraphqlYoga();
const log = () => app.log();

beforeEach(() => {
  log().statements.length = 0;
});

describe("Cypher queries per GraphQL request", () => {
  const examples = readExamples();

  it.each(examples.filter((e) => e.name !== "relation-vocabulary"))(
    "$name sends one query",
    async ({ query }) => {
      dataOf(await postGraphql(app.yoga(), query));
      expect(log().statements).toHaveLength(1);
    },
  );

  it("relation-vocabulary sends none: the vocabulary is answered from code", async () => {
    const vocabulary = examples.find((e) => e.name === "relation-vocabulary");
    dataOf(await postGraphql(app.yoga(), vocabulary?.query ?? ""));
    expect(log().statements).toEqual([]);
  });

  it("stays one query when a request nests lists three levels deep", async () => {
    const { articles } = dataOf(
      await postGraphql(
        app.yoga(),
        `{ articles { id actors(limit: 100) { id relations(limit: 100) { id evidence { quote } source { id } } } } }`,
      ),
    );
    expect(articles[0].actors).toHaveLength(19);
    expect(articles[0].actors.flatMap((a: { relations: unknown[] }) => a.relations)).toHaveLength(62);
    expect(log().statements).toHaveLength(1);
  });

  it("stays one query when an actor's relations, mentions and articles come together", async () => {
    dataOf(
      await postGraphql(
        app.yoga(),
        `{ actor(id: "ttp") {
            relations { id }
            articlesConnection { edges { properties { count offsets } node { id title } } }
            articles { id actors { id } }
        } }`,
      ),
    );
    expect(log().statements).toHaveLength(1);
  });

  it("sends nothing for a request refused by a limit", async () => {
    await postGraphql(app.yoga(), '{ actor(id: "ttp") { relations(limit: 1000) { id } } }');
    expect(log().statements).toEqual([]);
  });
});
