import { RELATION_TYPE_NAMES } from "../annotation/vocabulary.ts";
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
