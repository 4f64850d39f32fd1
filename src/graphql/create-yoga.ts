import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import { DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_QUEUED, deadlineAfterQueryTimeout } from "../config.ts";
import { useApiToken } from "./api-token.ts";
import { useArmor } from "./armor.ts";
import { useDocumentAnalysis } from "./document-analysis.ts";
import { createErrorHandling } from "./errors.ts";
import { graphiqlOptions, renderActorgraphGraphiQL } from "./graphiql.ts";
import { buildNeo4jSchema, requestContext } from "./neo4j-schema.ts";
import { explainingExecutionContext } from "./plan-queries.ts";
import { READINESS_TIMEOUT_MS, useNeo4jReadiness } from "./readiness.ts";
import { useRequestLimits } from "./request-limits.ts";
import { driverLookup, useUnknownIds } from "./unknown-ids.ts";

export interface GraphqlOptions {
  driver: Driver;
  database: string;
  /** Neo4j transaction timeout of each request. */
  queryTimeoutMs: number;
  /** Origins a browser may call the API from; "*" for any. */
  corsOrigins: readonly string[];
  /** The whole request's deadline; by default a little past `queryTimeoutMs`. */
  requestDeadlineMs?: number;
  /** Requests run against Neo4j at once, and requests that may wait for a turn before 503. */
  maxConcurrentRequests?: number;
  maxQueuedRequests?: number;
  /** When set, /graphql requires `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  /**
   * False while the start-up planning (src/graphql/plan-queries.ts) runs: /ready answers 503 meanwhile. Ready
   * at once unless given.
   */
  planned?: () => boolean;
  /** Plugins that run before the API's own; for measurement (bench/request-phases.ts). */
  plugins?: readonly Plugin<Neo4jGraphQLContext>[];
  /** Where request errors are logged (the console unless given). */
  log?: Pick<Console, "error" | "warn" | "info">;
}

export const GRAPHQL_ENDPOINT = "/graphql";
export const HEALTH_ENDPOINT = "/health";

export type GraphqlYoga = YogaServerInstance<Record<string, unknown>, Neo4jGraphQLContext>;

/**
 * The read-only GraphQL API over Neo4j: `/graphql` (GraphiQL in a browser), `/health` (the process is up) and
 * `/ready` (Neo4j answers). Fails, naming what is missing, when Neo4j cannot serve schema.graphql.
 */
export function createGraphqlYoga(options: GraphqlOptions): Promise<GraphqlYoga> {
  return buildYoga(options, "run");
}

/**
 * The same app, with the same plugins, except that each request's Cypher is explained instead of run, and errors
 * come back unmasked and unlogged (a plan returns no rows, so non-null fields fail by design). For the start-up
 * planning only (src/graphql/plan-queries.ts); never served over HTTP.
 */
export function createPlanningYoga(options: GraphqlOptions): Promise<GraphqlYoga> {
  return buildYoga(options, "plan");
}

async function buildYoga(options: GraphqlOptions, mode: "run" | "plan"): Promise<GraphqlYoga> {
  const schema = await buildNeo4jSchema(options);
  const errors = createErrorHandling(options.queryTimeoutMs, options.log);
  return createYoga<Record<string, unknown>, Neo4jGraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: HEALTH_ENDPOINT,
    context: () =>
      mode === "plan"
        ? {
            ...requestContext(options),
            executionContext: explainingExecutionContext(
              options.driver,
              options.database,
              options.queryTimeoutMs,
            ),
          }
        : requestContext(options),
    graphiql: graphiqlOptions(),
    renderGraphiQL: renderActorgraphGraphiQL,
    landingPage: false,
    cors: {
      origin: options.corsOrigins.includes("*") ? "*" : [...options.corsOrigins],
      methods: ["GET", "POST", "OPTIONS"],
      // The API reads public research data and sets no cookies: no request needs the browser's credentials.
      credentials: false,
    },
    maskedErrors: mode === "plan" ? false : { maskError: errors.maskError, isDev: false },
    logging: mode === "plan" ? false : errors.logging,
    plugins: [
      ...(options.plugins ?? []),
      ...(options.apiToken === undefined ? [] : [useApiToken(options.apiToken, GRAPHQL_ENDPOINT)]),
      useArmor(),
      useDocumentAnalysis(),
      useNeo4jReadiness(options.driver, options.database, READINESS_TIMEOUT_MS, options.planned),
      // Before the request limits, so its lookup runs within the request's slot and deadline; in the planning,
      // the lookup is planned like the examples' own Cypher (their fields come back null there).
      useUnknownIds(
        driverLookup(options.driver, options.database, options.queryTimeoutMs, mode === "plan"),
        options.log,
      ),
      useRequestLimits({
        deadlineMs: options.requestDeadlineMs ?? deadlineAfterQueryTimeout(options.queryTimeoutMs),
        maxConcurrent: options.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT,
        maxQueued: options.maxQueuedRequests ?? DEFAULT_MAX_QUEUED,
      }),
    ],
  });
}
