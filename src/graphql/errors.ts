import { GraphQLError } from "graphql";
import { type YogaLogger, maskError as yogaMaskError } from "graphql-yoga";
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

/** Where Lucene's parser stopped, from Neo4j's message ("… at line 1, column 9."), if it says. */
export function luceneErrorPosition(message: string): { line: number; column: number } | undefined {
  const m = /at line (\d+), column (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

function timeoutMessage(queryTimeoutMs: number): string {
  return (
    `Query timeout: Neo4j did not finish within the ${queryTimeoutMs} ms limit of a request and stopped the ` +
    "query. This happens when the server is busy, or the first time a new query shape runs while Neo4j plans " +
    "it; trying again in a moment usually works."
  );
}

/**
 * yoga's error masking, taught the database failures a client can act on, and a yoga logger that tells them
 * apart from faults: an error the client caused or can wait out (a timeout, a bad search, Neo4j away) is logged
 * as one line with its code, a fault with its stack. `queryTimeoutMs` is the limit the timeout message quotes.
 */
export function createErrorHandling(
  queryTimeoutMs: number,
  out: Pick<Console, "error" | "warn" | "info"> = console,
): { maskError: (error: unknown, message: string) => Error; logging: YogaLogger } {
  // The original errors yoga will log, mapped to the answer the client got.
  const userErrors = new WeakMap<object, GraphQLError>();
  const asUserError = (error: unknown, message: string, extensions: Record<string, unknown>) => {
    const replaced = replace(error, message, extensions);
    if (typeof error === "object" && error !== null) userErrors.set(error, replaced);
    return replaced;
  };

  const maskError = (error: unknown, message: string): Error => {
    const cause = neo4jCause(error);
    if (cause !== undefined) {
      if (
        UNAVAILABLE_CODES.has(cause.code) ||
        UNAVAILABLE_MESSAGES.some((start) => cause.message.startsWith(start))
      ) {
        return asUserError(error, DATABASE_UNAVAILABLE_MESSAGE, {
          code: ERROR_CODES.databaseUnavailable,
          http: UNAVAILABLE_HTTP,
        });
      }
      if (TIMEOUT_CODES.has(cause.code)) {
        return asUserError(error, timeoutMessage(queryTimeoutMs), {
          code: ERROR_CODES.queryTimeout,
          timeoutMs: queryTimeoutMs,
        });
      }
      // The fulltext index parses searchActors' `query` as Lucene syntax; its parser names the problem only in
      // Java terms, so the message here says which argument to fix, and keeps where the parser stopped.
      if (
        cause.code === "Neo.ClientError.Procedure.ProcedureCallFailed" &&
        cause.message.includes("queryparser")
      ) {
        const at = luceneErrorPosition(cause.message);
        return asUserError(
          error,
          `Argument "query" is not valid Lucene syntax${at ? ` (the parser stopped at column ${at.column})` : ""}: check its quotes, brackets and operators (escape them with \\ to search for them literally).`,
          { code: ERROR_CODES.badUserInput, argument: "query", ...(at ? { column: at.column } : {}) },
        );
      }
    }
    return yogaMaskError(error, message, false);
  };

  const logging: YogaLogger = {
    // yoga logs only aborted requests at debug level, as its own default logger (level info) drops them.
    debug: () => {},
    info: (...args) => out.info(...args),
    warn: (...args) => out.warn(...args),
    error: (...args) => {
      const [first] = args;
      const answered = typeof first === "object" && first !== null ? userErrors.get(first) : undefined;
      if (answered === undefined) {
        out.error(...args);
        return;
      }
      const field = answered.path?.join(".") ?? "request";
      out.warn(`GraphQL ${String(answered.extensions.code)} at ${field}: ${answered.message}`);
    },
  };
  return { maskError, logging };
}
