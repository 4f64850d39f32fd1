import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Plugin } from "graphql-yoga";
import type { Driver, Session } from "neo4j-driver";

/**
 * Where one GraphQL request's time goes, phase by phase, for requests sent one at a time (bench/profile-api.ts):
 * marks set by a plugin that runs before the API's own and by a driver whose sessions note when @neo4j/graphql
 * opens and closes them. A phase is the time between two marks.
 */

type Mark =
  | "start"
  | "parse"
  | "parsed"
  | "validate"
  | "validated"
  | "execute"
  | "executing"
  | "session"
  | "closed"
  | "executed"
  | "end";

export const PHASES: readonly { name: string; from: Mark; to: Mark }[] = [
  { name: "yoga: HTTP request to params, up to parse", from: "start", to: "parse" },
  { name: "parse (yoga's cache; armor's token count on a miss)", from: "parse", to: "parsed" },
  { name: "validate (yoga's cache; armor's rules on a miss)", from: "validate", to: "validated" },
  { name: "yoga: context building", from: "validated", to: "execute" },
  { name: "our onExecute plugins (analysis, limits, unknown ids)", from: "execute", to: "executing" },
  { name: "@neo4j/graphql: translate to Cypher", from: "executing", to: "session" },
  { name: "neo4j-driver + Neo4j (session, transaction, rows)", from: "session", to: "closed" },
  { name: "@neo4j/graphql + graphql-js: rows to the result", from: "closed", to: "executed" },
  { name: "yoga: result to the JSON response, read", from: "executed", to: "end" },
];

export interface PhaseTimer {
  readonly plugin: Plugin<Neo4jGraphQLContext>;
  /** The driver to give the API: the real one, its sessions marked. */
  readonly driver: Driver;
  /** Marks the start of a request (call just before sending it) and, after its body is read, its end. */
  start(): void;
  end(): void;
  /** Each phase's durations (ms), one per request that set every mark. */
  readonly durations: Map<string, number[]>;
}

export function phaseTimer(driver: Driver): PhaseTimer {
  let marks = new Map<Mark, number>();
  const mark = (m: Mark) => {
    if (!marks.has(m)) marks.set(m, performance.now());
  };
  const durations = new Map<string, number[]>(PHASES.map((p) => [p.name, []]));
  const plugin: Plugin<Neo4jGraphQLContext> = {
    onParse() {
      mark("parse");
      return () => mark("parsed");
    },
    onValidate() {
      mark("validate");
      return () => mark("validated");
    },
    // First among the plugins, so the executeFn it wraps is graphql-js's own: the others wrap around it.
    onExecute({ executeFn, setExecuteFn }) {
      mark("execute");
      setExecuteFn(async (args) => {
        mark("executing");
        const result = await executeFn(args);
        mark("executed");
        return result;
      });
    },
  };
  const marked = new Proxy(driver, {
    get(target, property) {
      if (property !== "session") return Reflect.get(target, property, target);
      return (...args: Parameters<Driver["session"]>): Session => {
        mark("session");
        const opened = target.session(...args);
        const close = opened.close.bind(opened);
        return Object.assign(opened, {
          close: async () => {
            await close();
            mark("closed");
          },
        });
      };
    },
  });
  return {
    plugin,
    driver: marked,
    durations,
    start() {
      marks = new Map([["start", performance.now()]]);
    },
    end() {
      mark("end");
      if (PHASES.some((p) => !marks.has(p.from) || !marks.has(p.to))) return;
      for (const p of PHASES) {
        durations.get(p.name)?.push((marks.get(p.to) ?? 0) - (marks.get(p.from) ?? 0));
      }
    },
  };
}
