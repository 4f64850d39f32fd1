import { GraphQLError } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import { Neo4jError } from "neo4j-driver";

/**
 * The `extensions.code` of every error a client can act on. Anything else reaches the client as yoga's masked
 * "Unexpected error." (INTERNAL_SERVER_ERROR), never with a stack trace or a Cypher statement.
 */
export const ERROR_CODES = {
  /** An argument outside its range or format; `extensions.argument` names it. */
  badUserInput: "BAD_USER_INPUT",
  /** The query is deeper, costlier, longer or has more aliases than allowed; `extensions.limit` names which. */
  queryLimitExceeded: "QUERY_LIMIT_EXCEEDED",
  /**
   * Neo4j did not answer: retry later; the readiness endpoint answers 503 meanwhile. When the request's deadline
   * passed, the whole response is HTTP 503 with Retry-After.
   */
  databaseUnavailable: "DATABASE_UNAVAILABLE",
  /** The query ran longer than the per-request transaction timeout and Neo4j stopped it. */
  queryTimeout: "QUERY_TIMEOUT",
  /** Too many requests are waiting already: HTTP 503 with Retry-After. */
  serverBusy: "SERVER_BUSY",
} as const;

/**
 * `extensions.http` of an error that refuses the whole request: yoga answers 400 to a client that accepts
 * application/graphql-response+json, and 200 to a legacy application/json one, as GraphQL over HTTP asks. yoga
 * removes `http` from the response body.
 */
export const BAD_REQUEST = { status: 400, spec: true } as const;

/** How long a client is told to wait (Retry-After) before asking again when Neo4j does not answer. */
export const RETRY_AFTER_SECONDS = 5;

/** A 503 that tells the client when to come back; yoga removes `http` from the body. */
export const UNAVAILABLE_HTTP = {
  status: 503,
  headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
} as const;

export const DATABASE_UNAVAILABLE_MESSAGE = "Database unavailable: Neo4j does not answer. Try again later.";

/**
 * The driver's own failures to reach a server that accepts TCP but never answers; they carry no Neo4j code.
 */
const UNAVAILABLE_MESSAGES = ["Connection acquisition timed out", "Failed to establish connection"];

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

function neo4jCause(error: unknown): Neo4jError | undefined {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  return cause instanceof Neo4jError ? cause : undefined;
}

/** The same place in the response as the original error, with a message and code of our own. */
function replace(error: unknown, message: string, extensions: Record<string, unknown>): GraphQLError {
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, {
    nodes: located?.nodes,
    path: located?.path,
    extensions,
  });
}

/**
 * yoga's error masking, taught the database failures a client can act on. `queryTimeoutMs` is the limit the
 * timeout message quotes.
 */
export function createMaskError(queryTimeoutMs: number) {
  return (error: unknown, message: string): Error => {
    const cause = neo4jCause(error);
    if (cause !== undefined) {
      if (
        UNAVAILABLE_CODES.has(cause.code) ||
        UNAVAILABLE_MESSAGES.some((start) => cause.message.startsWith(start))
      ) {
        return replace(error, DATABASE_UNAVAILABLE_MESSAGE, {
          code: ERROR_CODES.databaseUnavailable,
          http: UNAVAILABLE_HTTP,
        });
      }
      if (TIMEOUT_CODES.has(cause.code)) {
        return replace(
          error,
          `Query timeout: Neo4j stopped the query after ${queryTimeoutMs} ms. Ask for less (a smaller limit, depth or maxHops, or narrower filters).`,
          { code: ERROR_CODES.queryTimeout, timeoutMs: queryTimeoutMs },
        );
      }
      // The fulltext index parses searchActors' `query` as Lucene syntax; its parser names the problem only in
      // Java terms, so the message here says which argument to fix.
      if (
        cause.code === "Neo.ClientError.Procedure.ProcedureCallFailed" &&
        cause.message.includes("queryparser")
      ) {
        return replace(
          error,
          'Argument "query" is not valid Lucene syntax: check its quotes, brackets and operators (escape them with \\ to search for them literally).',
          { code: ERROR_CODES.badUserInput, argument: "query" },
        );
      }
    }
    return yogaMaskError(error, message, false);
  };
}
