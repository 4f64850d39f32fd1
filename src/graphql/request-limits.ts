import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import pLimit from "p-limit";
import { DATABASE_UNAVAILABLE_MESSAGE, ERROR_CODES, UNAVAILABLE_HTTP } from "./errors.ts";

export interface RequestLimits {
  /** How long a request may wait and run before it is answered "database unavailable". */
  readonly deadlineMs: number;
  /** Requests executing against Neo4j at once; more wait in the queue. */
  readonly maxConcurrent: number;
  /** Requests waiting for a turn; past this the API answers 503 at once. */
  readonly maxQueued: number;
}

const unavailable = () =>
  new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: ERROR_CODES.databaseUnavailable, http: UNAVAILABLE_HTTP },
  });

function busy(limits: RequestLimits): GraphQLError {
  return new GraphQLError(
    `Server busy: ${limits.maxQueued} requests are already waiting. Try again in a few seconds.`,
    {
      extensions: {
        code: ERROR_CODES.serverBusy,
        http: UNAVAILABLE_HTTP,
      },
    },
  );
}

/**
 * A deadline and a bound on every GraphQL execution. The driver cannot notice a Neo4j that accepted a query and
 * then froze (a long GC pause, a network black hole): the query just never returns. So each execution races its
 * deadline and the client gets "database unavailable" in time. The abandoned work keeps its slot until it
 * really ends, so a frozen Neo4j fills the slots, then the queue, and the API then sheds load with 503 and
 * Retry-After instead of piling up sockets; once Neo4j answers again the slots drain by themselves.
 */
export function useRequestLimits(limits: RequestLimits): Plugin {
  const limit = pLimit(limits.maxConcurrent);
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        // A burst lands in the queue before any of it starts, so slots and queue are counted together.
        if (limit.activeCount + limit.pendingCount >= limits.maxConcurrent + limits.maxQueued)
          return { errors: [busy(limits)] };
        const deadline = Date.now() + limits.deadlineMs;
        // A request whose deadline passed while it waited has been answered already: it does not run.
        const work = limit(async () =>
          Date.now() < deadline ? executeFn(args) : { errors: [unavailable()] },
        );
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => resolve({ errors: [unavailable()] }), limits.deadlineMs);
        });
        try {
          return await Promise.race([work, timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
