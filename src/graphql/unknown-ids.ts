import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { type Driver, session } from "neo4j-driver";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { compareNames, normaliseName } from "../resolver/name-similarity.ts";

/**
 * An actor id that names no actor ("Pakistan", "IOM": ids are lower-case slugs) would otherwise just give null or
 * an empty list, which looks like "no such relations". So when a research field that takes actor ids answers null
 * or an empty list, the response's `extensions.unknownIds` lists each of its ids that names no actor, with up to
 * five existing ids that may be meant. The lookup is one small query, sent only then: a request that finds
 * something costs no more than before (one Cypher query per request, tests/graphql/query-count.test.ts).
 */

/** Every argument of a research field that takes actor ids (a test checks no ID argument is left out). */
export const ACTOR_ID_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  "Query.actor": ["id"],
  "Query.relations": ["attributedTo"],
  "Query.relationsBetween": ["actor", "other"],
  "Query.claimsWithDenials": ["actor"],
  "Query.neighbourhood": ["actor"],
  "Query.shortestPaths": ["from", "to"],
  "Query.timeline": ["actor", "attributedTo"],
  "Query.events": ["actor", "other"],
  "Query.storyline": ["actor", "other"],
};

export const NEAREST_COUNT = 5;

/** One id a request named that is no actor's, where it named it, and the ids that may be meant, nearest first. */
export interface UnknownId {
  /** The field's place in the response (its alias, if it has one). */
  readonly path: readonly string[];
  /** The field's coordinate, e.g. `Query.relations`. */
  readonly field: string;
  readonly argument: string;
  readonly id: string;
  readonly nearest: readonly string[];
}

interface NamedId {
  readonly path: readonly string[];
  readonly field: string;
  readonly argument: string;
  readonly id: string;
}

/** The actor ids the operation's research fields name (literals and variables), in document order. */
export function namedActorIds(
  schema: GraphQLSchema,
  document: DocumentNode,
  variableValues: Record<string, unknown> = {},
  operationName?: string | null,
): NamedId[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
  // Variables that do not coerce are reported by graphql's own execution.
  if (coerced.errors) return [];
  const named: NamedId[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = `${typeInfo.getParentType()?.name}.${node.name.value}`;
        const argumentNames = ACTOR_ID_ARGUMENTS[field];
        if (!argumentNames) return;
        const definitions = typeInfo.getFieldDef()?.args ?? [];
        for (const argument of node.arguments ?? []) {
          const definition = definitions.find((d) => d.name === argument.name.value);
          if (!definition || !argumentNames.includes(definition.name)) continue;
          const value = valueFromAST(argument.value, definition.type, coerced.coerced);
          for (const id of [value].flat())
            if (typeof id === "string")
              named.push({
                path: [node.alias?.value ?? node.name.value],
                field,
                argument: definition.name,
                id,
              });
        }
      },
    }),
  );
  return named;
}

/** An id as a slug: lower case, without diacritics, words joined by "-" ("Pakistan Government" → pakistan-government). */
export function slugOf(id: string): string {
  return idWords(id).join("-");
}

function idWords(id: string): string[] {
  return id
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The parameters of cypher/graphql/nearest-actor-ids.cypher for one id. */
export function lookupOf(id: string): { id: string; idStart: string; lucene: string } {
  const words = idWords(id);
  return {
    id,
    // An id of no letters or digits has no first word: "" would match every id, so it matches none instead.
    idStart: words[0] ?? id,
    // Each word whole, as a prefix, or misspelt ("Pakistn"): only letters and digits, so nothing to escape.
    lucene: words.map((w) => `(${w} OR ${w}*${w.length >= 4 ? ` OR ${w}~` : ""})`).join(" "),
  };
}

interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The candidates nearest to `given`, best first, at most NEAREST_COUNT: the id itself case-folded first, then by
 * the resolver's name similarity (src/resolver/name-similarity.ts) between the given id, read as words, and each
 * candidate's name, aliases and id, an id that starts with the slug's words a little ahead. Ties by id.
 */
export function rankNearest(given: string, candidates: readonly Candidate[]): string[] {
  const slug = slugOf(given);
  const asWords = normaliseName(idWords(given).join(" "));
  // "iom" written in capitals reads as an acronym ("IOM" of International Organization for Migration).
  const asAcronym = /^[\p{L}]{2,6}$/u.test(given) ? normaliseName(given.toUpperCase()) : undefined;
  const scored = candidates.map((c) => {
    if (c.id === slug) return { id: c.id, score: 2 };
    const forms = [c.name, ...c.aliases, c.id.replaceAll("-", " ")].map(normaliseName);
    const similarity = Math.max(
      ...forms.flatMap((form) => [
        compareNames(asWords, form).score,
        asAcronym ? compareNames(asAcronym, form).score : 0,
      ]),
    );
    const startsAlike = slug !== "" && c.id.startsWith(`${slug}-`) ? 0.05 : 0;
    return { id: c.id, score: similarity + startsAlike };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, NEAREST_COUNT)
    .map((s) => s.id);
}

/** Runs the lookup statement; in the start-up planning it only has Neo4j plan it and returns no rows. */
export type LookupRunner = (
  statement: string,
  parameters: Record<string, unknown>,
) => Promise<readonly { id: string; candidates: Candidate[] }[]>;

/** The lookup on a read session of its own, within the request's transaction timeout. */
export function driverLookup(
  driver: Driver,
  database: string,
  timeoutMs: number,
  explain = false,
): LookupRunner {
  return async (statement, parameters) => {
    const lookup = driver.session({ database, defaultAccessMode: session.READ });
    try {
      const result = await lookup.run(explain ? `EXPLAIN ${statement}` : statement, parameters, {
        timeout: timeoutMs,
      });
      return result.records.map((r) => ({ id: r.get("id"), candidates: r.get("candidates") }));
    } finally {
      await lookup.close();
    }
  };
}

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/** The unknown ids among `named`, each with its nearest ids; one query for all of them. */
export async function unknownIds(named: readonly NamedId[], run: LookupRunner): Promise<UnknownId[]> {
  const distinct = [...new Set(named.map((n) => n.id))];
  const rows = await run(cypherStatement("graphql/nearest-actor-ids"), { given: distinct.map(lookupOf) });
  const nearest = new Map(rows.map((r) => [r.id, rankNearest(r.id, r.candidates)]));
  return named.flatMap((n) => {
    const ids = nearest.get(n.id);
    return ids ? [{ ...n, nearest: ids }] : [];
  });
}

/** Adds `extensions.unknownIds` to an answer whose fields with actor ids came back null or empty (see above). */
export function useUnknownIds(
  run: LookupRunner,
  log: Pick<Console, "warn"> = console,
): Plugin<Neo4jGraphQLContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const result = await executeFn(args);
        if (Symbol.asyncIterator in result) return result;
        const data = (result as ExecutionResult).data;
        // Most answers hold no null or empty field: they skip the walk over the document (0.5 ms on a loaded
        // 2-core machine) as well as the lookup.
        if (!data || !Object.values(data).some(isEmpty)) return result;
        const named = namedActorIds(
          args.schema,
          args.document,
          args.variableValues ?? {},
          args.operationName,
        );
        const suspect = named.filter((n) => isEmpty(data[n.path[0] ?? ""]));
        if (suspect.length === 0) return result;
        try {
          const unknown = await unknownIds(suspect, run);
          if (unknown.length === 0) return result;
          return { ...result, extensions: { ...result.extensions, unknownIds: unknown } };
        } catch (error) {
          // The hint is a courtesy: the answer stands without it.
          log.warn(
            `unknownIds: the lookup of ${suspect.map((n) => n.id).join(", ")} failed: ${String(error)}`,
          );
          return result;
        }
      });
    },
  };
}
