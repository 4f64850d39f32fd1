import {
  isRelationType,
  type PloverType,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type RelationType,
  SUMMARY_CATEGORIES,
  SUMMARY_CATEGORY_OF,
} from "../model/vocabulary.ts";

/**
 * Cypher cannot take a relationship type as a parameter where an index must be used, so the statements that read
 * by type name each type: an allow-list of constants, checked again here, never user input.
 */
export function checkedType(type: string): RelationType {
  if (!isRelationType(type) || !/^[A-Z][A-Z_]*$/.test(type)) {
    throw new Error(`not a relation type of the vocabulary: ${type}`);
  }
  return type;
}

/**
 * One branch per type of the vocabulary, joined by UNION ALL: Neo4j 5.26 uses a relationship index only for a
 * pattern that names its type (not for `type(r) IN $types` or a dynamic type), so a query that must read by an
 * index names each type in turn.
 */
export function unionOverTypes(branch: (type: RelationType) => string): string {
  return RELATION_TYPE_NAMES.map((type) => branch(checkedType(type))).join("\nUNION ALL\n");
}

/** `A|B|C` over the whole vocabulary: a pattern that matches every relation between actors and nothing else. */
export function anyRelationType(): string {
  return RELATION_TYPE_NAMES.map(checkedType).join("|");
}

/**
 * `A|B` over the types of one PLOVER type (ACCUSE: CRITICIZES|ACCUSES): a pattern that Neo4j reads through the
 * relationship type index, where `r.plover = 'ACCUSE'` on an untyped pattern reads every relationship.
 */
export function typesOfPlover(plover: PloverType): string {
  const types = RELATION_TYPES.filter((t) => t.plover === plover).map((t) => checkedType(t.type));
  if (types.length === 0) throw new Error(`no relation type of the vocabulary has the PLOVER type ${plover}`);
  return types.join("|");
}

/** Relation `r` of one type's schema: its id constraint and the indexes the loader and the API read. */
export function relationTypeSchema(type: RelationType): string[] {
  const t = checkedType(type);
  const name = t.toLowerCase();
  return [
    `CREATE CONSTRAINT rel_${name}_id IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`,
    `CREATE INDEX rel_${name}_article IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.articleId)`,
    `CREATE INDEX rel_${name}_date IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.dateFrom)`,
    `CREATE INDEX rel_${name}_status IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.status)`,
  ];
}

/** The tail of `articleRelations` that names the actor pairs ([a, b], a < b) its relations join: events regroup them. */
/**
 * The relations an article states, found through each type's articleId index (naming the types lets Neo4j use
 * them instead of scanning every relationship), then `tail`: e.g. `RETURN collect(r.id) AS ids` or `DELETE r`.
 */
export function articleRelations(
  tail:
    | "RETURN collect(r.id) AS ids"
    | "DELETE r"
    | "RETURN collect(DISTINCT {source: startNode(r).id, target: endNode(r).id}) AS pairs"
    | "AND coalesce(r.coder, 'human') = 'human' RETURN count(r) AS human",
): string {
  return `MATCH ()-[r:${anyRelationType()}]->()\nWHERE r.articleId = $articleId\n${tail}`;
}

/**
 * The types of one summary category as a Cypher list literal (`['ACCUSES', 'ATTACKS']`), for a statement that
 * counts relations by category where no parameter can carry the vocabulary (a GraphQL field's statement).
 */
export function typesOfSummaryCategory(category: (typeof SUMMARY_CATEGORIES)[number]): string {
  if (!SUMMARY_CATEGORIES.includes(category)) throw new Error(`not a summary category: ${category}`);
  const types = RELATION_TYPE_NAMES.filter((t) => SUMMARY_CATEGORY_OF[t] === category).map(checkedType);
  return `[${types.map((t) => `'${t}'`).join(", ")}]`;
}

/**
 * One page of one type's relations for the exports (src/corpus/read-corpus.ts), after the last id of the page
 * before: read in order from the type's id constraint, so a page costs its own rows however deep it is, where one
 * statement over every type would sort the whole graph in the server's memory first.
 */
export function exportRelationsPage(type: RelationType): string {
  const t = checkedType(type);
  return `MATCH (s:Actor)-[r:${t}]->(o:Actor)
WHERE r.id > $after AND r.articleId IS NOT NULL
RETURN r {.*, type: type(r), source: s.id, target: o.id,
          dateFrom: toString(r.dateFrom), dateTo: toString(r.dateTo)} AS relation
ORDER BY r.id
LIMIT $limit`;
}
