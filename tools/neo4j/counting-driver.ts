import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

/** The Cypher statements sent through a driver, in order, and the parameters each was sent with. */
export interface QueryLog {
  readonly statements: string[];
  readonly parameters: unknown[];
}

function record(log: QueryLog, query: string, parameters: unknown): void {
  log.statements.push(query);
  log.parameters.push(parameters);
}

function bound<T extends object>(target: T, property: string | symbol): unknown {
  const value = Reflect.get(target, property, target);
  return typeof value === "function" ? value.bind(target) : value;
}

/** `run` of a session or transaction that records its statement first. */
function recordingRun(target: { run: unknown }, log: QueryLog) {
  return (query: string, ...rest: unknown[]) => {
    record(log, query, rest[0]);
    return (target.run as (...args: unknown[]) => unknown).call(target, query, ...rest);
  };
}

function countingTransaction<T extends ManagedTransaction>(tx: T, log: QueryLog): T {
  return new Proxy(tx, {
    get(target, property) {
      if (property === "run") return recordingRun(target, log);
      return bound(target, property);
    },
  });
}

function countingSession(session: Session, log: QueryLog): Session {
  return new Proxy(session, {
    get(target, property) {
      if (property === "run") return recordingRun(target, log);
      if (property === "executeRead" || property === "executeWrite") {
        return (work: (tx: ManagedTransaction) => unknown, ...rest: unknown[]) =>
          (target[property] as (...args: unknown[]) => unknown)(
            (tx: ManagedTransaction) => work(countingTransaction(tx, log)),
            ...rest,
          );
      }
      return bound(target, property);
    },
  });
}

/**
 * The real driver, every statement it sends recorded: the queries still go to Neo4j and answer as ever. Covers
 * what @neo4j/graphql uses (sessions, their managed transactions) and `executeQuery`.
 */
export function countingDriver(driver: Driver): { driver: Driver; log: QueryLog } {
  const log: QueryLog = { statements: [], parameters: [] };
  const proxy = new Proxy(driver, {
    get(target, property) {
      if (property === "session") {
        return (...args: Parameters<Driver["session"]>) => countingSession(target.session(...args), log);
      }
      if (property === "executeQuery") {
        return (query: string, ...rest: unknown[]) => {
          record(log, query, rest[0]);
          return (target.executeQuery as (...args: unknown[]) => unknown)(query, ...rest);
        };
      }
      return bound(target, property);
    },
  });
  return { driver: proxy, log };
}
