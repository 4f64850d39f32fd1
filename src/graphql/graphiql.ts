import type { GraphiQLOptions } from "graphql-yoga";
import { readExamples } from "./examples.ts";

/**
 * GraphiQL opens with one tab per research question (examples/*.graphql), the actor's relations first, so a
 * researcher starts from a query that answers something. Its page embeds every script
 * (@graphql-yoga/render-graphiql), so it works without internet access.
 */
export function graphiqlOptions(): GraphiQLOptions {
  const examples = readExamples();
  return {
    title: "actorgraph",
    defaultQuery: examples[0]?.query,
    defaultTabs: examples.map((example) => ({ query: example.query })),
  };
}
