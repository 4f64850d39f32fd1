import { RELATION_TYPE_NAMES } from "../model/vocabulary.ts";
import { cypherStatement, cypherStatements } from "./cypher-files.ts";

/**
 * Cypher cannot take a relationship type as a parameter where an index must be used, so the few statements that
 * name types get them from the vocabulary: an allow-list of constants, checked again here, never user input.
 */
function checkedType(type: string): string {
  if (!RELATION_TYPE_NAMES.includes(type as never) || !/^[A-Z][A-Z_]*$/.test(type)) {
    throw new Error(`not a relation type of the vocabulary: ${type}`);
  }
  return type;
}

/** The statements of `cypher/<name>.cypher` for one relation type (`{{TYPE}}`, `{{type}}`). */
export function statementsForType(name: string, type: string): string[] {
  const t = checkedType(type);
  return cypherStatements(name).map((s) =>
    s.replaceAll("{{TYPE}}", t).replaceAll("{{type}}", t.toLowerCase()),
  );
}

/** `cypher/<name>.cypher` with `{{RELATION_TYPES}}` as `A|B|C` over the whole vocabulary. */
export function statementForAllTypes(name: string): string {
  const union = RELATION_TYPE_NAMES.map(checkedType).join("|");
  return cypherStatement(name).replaceAll("{{RELATION_TYPES}}", union);
}

const UNION_OVER_TYPES = /\{\{UNION ALL OVER RELATION TYPES: ([a-z0-9/-]+)\}\}/g;

/**
 * `text` with each `{{UNION ALL OVER RELATION TYPES: <name>}}` replaced by `cypher/<name>.cypher` once per type of
 * the vocabulary (`{{TYPE}}`), joined by UNION ALL: a query that must use the per-type indexes (5.26 cannot use
 * them for `type(r) IN $types` or a dynamic type) gets one typed branch per type.
 */
export function expandUnionsOverTypes(text: string): string {
  return text.replaceAll(UNION_OVER_TYPES, (_placeholder, name: string) => {
    const template = cypherStatement(name);
    return RELATION_TYPE_NAMES.map((type) => template.replaceAll("{{TYPE}}", checkedType(type))).join(
      "\nUNION ALL\n",
    );
  });
}
