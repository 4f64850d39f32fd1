/**
 * Every limit the GraphQL API enforces, in one place: the query-shape limits go to graphql-armor, the argument
 * ranges to the argument checks; docs/graphql.md states the same values (a test compares them).
 *
 * The shape limits are set just above what the examples (examples/*.graphql) need, so every research question
 * fits with room for a few more fields, while a query built to exhaust the server does not.
 */
export const QUERY_LIMITS = {
  /**
   * Nested selection sets. The examples reach 5 (`actor { relations { evidence { article { title } } } }`); 7 still
   * lets a researcher go from an article through its actors' relations to their quotes.
   */
  maxDepth: 7,
  /**
   * graphql-armor's cost: 1 per scalar, 2 per object, 1.5 times more per level of nesting, multiplied by `first`.
   * The costliest example (articles-and-mentions, `first: 50`) is about 2,600; `first: 100` doubles it.
   */
  maxCost: 6000,
  /** Aliased fields per operation; the examples use none. */
  maxAliases: 10,
  /** Lexical tokens per document; the examples use at most about 100, GraphiQL's introspection query about 180. */
  maxTokens: 1000,
  /** Directives (`@include`, `@skip`) per operation. */
  maxDirectives: 10,
} as const;

export interface ArgumentRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Allowed values of the integer arguments that bound how much a query reads, by argument name, on every field
 * that has them (generated lists as well as the research fields of schema.graphql).
 */
export const ARGUMENT_RANGES: Readonly<Record<string, ArgumentRange>> = {
  /** Page size of every list; schema.graphql's `@limit(max:)` is the same number. */
  limit: { min: 1, max: 100 },
  /** Page size of the generated connections. */
  first: { min: 1, max: 100 },
  /** Skipped items: deep pages still cost the database every skipped row. */
  offset: { min: 0, max: 10_000 },
  /** Neighbourhood radius, in relations. */
  depth: { min: 1, max: 3 },
  /** Longest shortest path, in relations; schema.graphql's path pattern allows at most this many. */
  maxHops: { min: 1, max: 6 },
  /** Actors in a neighbourhood, its centre included. */
  maxNodes: { min: 1, max: 200 },
  /** Edges (ordered pairs of actors) in a neighbourhood. */
  maxEdges: { min: 1, max: 500 },
  /** Events reported by at least this many articles. */
  minArticles: { min: 1, max: 10_000 },
};
