import { typesOfSummaryCategory, unionOverTypes } from "../../neo4j/typed-cypher.ts";
import { EDGE_RELATIONS_PARAMETER } from "../edge-details.ts";
import { claimsWithDenials } from "./claim-statements.ts";
import { articleDayInRange, placedOrder, placement, placementMarks } from "./date-fallback.ts";
import { EVENT_STATEMENTS } from "./event-statements.ts";
import {
  actorMap,
  datedOverlap,
  dateRangeFilter,
  indent,
  type RelationFilterName,
  relationFilter,
  relationMap,
  relationOrder,
  where,
} from "./relation-parts.ts";
import { rolledUpActors } from "./roll-up.ts";

/**
 * The statements of schema.graphql's `@cypher` fields, composed from the shared parts (./relation-parts.ts) and
 * keyed by the field's coordinate, which schema.graphql names as the field's statement:
 * `@cypher(statement: "Query.relations", columnName: "relation")`. The API puts them in at start-up
 * (src/graphql/neo4j-schema.ts); tests/graphql/statements keeps a snapshot of each, so the Cypher that runs is
 * visible in review.
 *
 * Conventions: every list pages with `$limit`/`$offset` after an ORDER BY that ends with a unique id, so pages
 * never overlap; `$limit`, `$offset`, `$depth`, `$maxHops`, `$maxNodes` and `$maxEdges` are checked before
 * anything runs (src/graphql/argument-checks.ts). Relations between actors are relationships whose type is a
 * vocabulary type; MENTIONS (article to actor) and INTERACTS (a pair summary, src/loader/pair-summaries.ts) are
 * the only other types: requiring an `:Actor` at both ends keeps MENTIONS out, and `:!INTERACTS` the summaries.
 */

/** The filters that `relations` and `timeline` share, besides the date range. */
const PAGE_FILTERS: readonly RelationFilterName[] = [
  "plover",
  "cameoRoot",
  "status",
  "attributedTo",
  "coder",
  "minConfidence",
];

/**
 * One type's share of a page of dated relations: its first `$offset + $limit` matches in the fields' order, read
 * from the type's dateFrom index in order, so Neo4j stops after enough matches instead of reading and sorting the
 * whole type. Relationships of a vocabulary type join two actors by construction (src/loader/), so the ends need
 * no label check.
 */
function datedOfType(type: string): string {
  return `WITH $types AS types WHERE types IS NULL OR '${type}' IN types
MATCH ()-[r:${type}]->()
${where([...datedOverlap("r"), ...relationFilter("r", PAGE_FILTERS)])}
WITH r ORDER BY ${relationOrder("r")} LIMIT $offset + $limit
RETURN r`;
}

/** The undated relations that come after the dated ones: the first `$offset + $limit` by id, filtered alike. */
const undatedIds = `MATCH (:Actor)-[r:!INTERACTS]->(:Actor)
${where(["r.dateFrom IS NULL", ...relationFilter("r", ["types", ...PAGE_FILTERS])])}
WITH r ORDER BY r.id LIMIT $offset + $limit
RETURN elementId(r) AS undatedId`;

/**
 * The element ids of a page's candidates across the corpus: each type's first page of dated relations, then the
 * page of all of them, then (only when `undatedGate` holds and the dated ones do not fill the page, never for a
 * date range) the undated ones. Element ids keep the intermediate lists small.
 */
function corpusPageIds(undatedGate: readonly string[]): string {
  return `CALL () {
${indent(unionOverTypes(datedOfType))}
}
WITH r ORDER BY ${relationOrder("r")} LIMIT $offset + $limit
WITH collect(elementId(r)) AS dated
CALL (dated) {
  WITH dated
${where([...undatedGate, "size(dated) < $offset + $limit", "$from IS NULL", "$to IS NULL"], "  ")}
  CALL () {
${indent(undatedIds, 4)}
  }
  RETURN collect(undatedId) AS undated
}`;
}

const actorRelations = `MATCH (this)-[r:!INTERACTS]-(:Actor)
${where([
  "CASE $direction WHEN 'OUT' THEN startNode(r) = this WHEN 'IN' THEN endNode(r) = this ELSE true END",
  ...relationFilter("r", ["types", "plover", "cameoRoot", "status", "coder", "minConfidence"]),
  dateRangeFilter("r"),
])}
WITH DISTINCT r
ORDER BY ${relationOrder("r")}
SKIP $offset LIMIT $limit
RETURN ${relationMap("r")} AS relation`;

const relations = `${corpusPageIds([])}
UNWIND (dated + undated)[$offset..$offset + $limit] AS pageId
MATCH ()-[r]->() WHERE elementId(r) = pageId
WITH r
ORDER BY ${relationOrder("r")}
RETURN ${relationMap("r")} AS relation`;

// With `includeOfficials`, each side stands for itself and its officials and sub-bodies (./roll-up.ts), and each
// relation says which of its ends were rolled up to which side.
const relationsBetween = `MATCH (one:Actor {id: $actor}), (other:Actor {id: $other})
WITH one, other,
  CASE WHEN $includeOfficials THEN ${rolledUpActors("one").replaceAll("\n", "\n  ")} ELSE [one] END AS ones,
  CASE WHEN $includeOfficials THEN ${rolledUpActors("other").replaceAll("\n", "\n  ")} ELSE [other] END AS others
UNWIND ones AS side
MATCH (side)-[r:!INTERACTS]-(counterpart:Actor)
${where(["counterpart IN others", ...relationFilter("r", ["types", "status", "coder", "minConfidence"])])}
WITH DISTINCT r, one, other, ones
${placement("r", ["r", "one", "other", "ones"])}
ORDER BY ${placedOrder("r")}
SKIP $offset LIMIT $limit
RETURN [relation IN [${relationMap("r")}] | relation {.*,
  ${placementMarks("r")},
  rolledUp: CASE WHEN $includeOfficials THEN [end IN [startNode(r), endNode(r)] WHERE end <> one AND end <> other |
    {actor: properties(CASE WHEN end IN ones THEN one ELSE other END), from: properties(end)}] END}][0] AS relation`;

// Without `types`, the walk and the edges read the pair summaries (INTERACTS, src/loader/pair-summaries.ts): one
// relationship per ordered pair, so a hub's thousands of relations are never expanded, and each pair of kept
// actors is matched from both ends (Neo4j expands the end with fewer summaries). With `types`, the same numbers are
// counted from the relations of those types. An edge reads its relations only when the request selects them:
// `$edgeRelations` is how many (0 for none), set per request (src/graphql/edge-details.ts).
const neighbourhood = `MATCH (center:Actor {id: $actor})
CALL apoc.path.spanningTree(center, {
  maxLevel: $depth, bfs: true, labelFilter: '+Actor', limit: $maxNodes + 1,
  relationshipFilter: CASE WHEN $types IS NULL THEN 'INTERACTS'
    ELSE reduce(filter = '', type IN $types | filter + CASE filter WHEN '' THEN '' ELSE '|' END + type) END
}) YIELD path
WITH center, path, last(nodes(path)) AS reachedActor
WITH center, collect({actor: reachedActor,
  node: reachedActor {.id, .kind, .name, .sector, .country, distance: length(path)}}) AS reached
WITH center, reached[0..$maxNodes] AS kept, size(reached) > $maxNodes AS nodesCut
CALL (kept) {
  UNWIND kept AS k
  WITH k ORDER BY k.node.distance, k.node.id
  RETURN collect(k.node) AS nodes, collect(k.actor) AS actors
}
CALL (actors) {
  UNWIND actors AS a
  UNWIND actors AS b
  CALL (a, b) {
    WITH a, b WHERE $types IS NULL
    MATCH (a)-[summary:INTERACTS]->(b)
    RETURN summary {.count, .articles, .dateFrom, .dateTo, .cooperative, .hostile, .structural} AS summary
    UNION ALL
    WITH a, b WHERE $types IS NOT NULL
    MATCH (a)-[r:!INTERACTS]->(b)
    WHERE type(r) IN $types
    WITH count(r) AS count, count(DISTINCT r.articleId) AS articles, min(r.dateFrom) AS dateFrom,
      max(coalesce(r.dateTo, r.dateFrom)) AS dateTo,
      count(CASE WHEN type(r) IN ${typesOfSummaryCategory("cooperative")} THEN r END) AS cooperative,
      count(CASE WHEN type(r) IN ${typesOfSummaryCategory("hostile")} THEN r END) AS hostile,
      count(CASE WHEN type(r) IN ${typesOfSummaryCategory("structural")} THEN r END) AS structural
    WHERE count > 0
    RETURN {count: count, articles: articles, dateFrom: dateFrom, dateTo: dateTo, cooperative: cooperative,
      hostile: hostile, structural: structural} AS summary
  }
  WITH a, b, summary ORDER BY a.id, b.id LIMIT $maxEdges + 1
  RETURN collect(summary {.*, id: a.id + '>' + b.id, source: a.id, target: b.id,
    relations: CASE WHEN $${EDGE_RELATIONS_PARAMETER} > 0 THEN COLLECT {
      MATCH (a)-[r:!INTERACTS]->(b)
      WHERE $types IS NULL OR type(r) IN $types
      RETURN r ORDER BY ${relationOrder("r")} LIMIT $${EDGE_RELATIONS_PARAMETER}
    } ELSE [] END}) AS found
}
RETURN {
  center: center.id,
  nodes: nodes,
  edges: [edge IN found[0..$maxEdges] | edge {.*, relations: [r IN edge.relations | ${relationMap("r")}]}],
  truncated: nodesCut OR size(found) > $maxEdges
} AS graph`;

const shortestPaths = `MATCH (origin:Actor {id: $from}), (destination:Actor {id: $to})
WHERE origin <> destination
MATCH p = ALL SHORTEST (origin)-[:!MENTIONS&!INTERACTS]-{1,6}(destination)
WHERE length(p) <= $maxHops
WITH p ORDER BY [r IN relationships(p) | r.id]
SKIP $offset LIMIT $limit
RETURN {
  length: length(p),
  actors: [a IN nodes(p) | ${actorMap("a")}],
  relations: [r IN relationships(p) | ${relationMap("r")}]
} AS path`;

// Across the corpus the timeline reads as Query.relations does; for one actor, its relations are few enough to
// filter as they are. (\`collect\` in the corpus part gives a row even without an actor, so its gate repeats
// \`$actor IS NULL\`.) With \`undatedAtArticleDate\` the undated relations are placed at their article's date
// (./date-fallback.ts): across the corpus the first \`$offset + $limit\` of them by that date join the dated page.
const timeline = `CALL () {
  WITH $actor AS actor WHERE actor IS NULL
${indent(corpusPageIds(["$actor IS NULL", "$includeUndated", "NOT $undatedAtArticleDate"]))}
  UNWIND dated + undated AS pageId
  MATCH ()-[r]->() WHERE elementId(r) = pageId
  RETURN r
  UNION
  WITH $actor AS actor WHERE actor IS NULL AND $undatedAtArticleDate
  MATCH (:Actor)-[r:!INTERACTS]->(:Actor)
${where(["r.dateFrom IS NULL", ...relationFilter("r", ["types", ...PAGE_FILTERS]), articleDayInRange("r")], "  ")}
${indent(placement("r", ["r"]))}
  WITH r ORDER BY ${placedOrder("r")} LIMIT $offset + $limit
  RETURN r
  UNION
  MATCH (:Actor {id: $actor})-[r:!INTERACTS]-(:Actor)
${where(
  [
    "($includeUndated OR $undatedAtArticleDate OR r.dateFrom IS NOT NULL)",
    ...relationFilter("r", ["types", ...PAGE_FILTERS]),
    `(${dateRangeFilter("r")} OR ($undatedAtArticleDate AND r.dateFrom IS NULL AND ${articleDayInRange("r")}))`,
  ],
  "  ",
)}
  RETURN r
}
WITH r
${placement("r", ["r"])}
ORDER BY ${placedOrder("r")}
SKIP $offset LIMIT $limit
RETURN [relation IN [${relationMap("r")}] | relation {.*,
  ${placementMarks("r")}}][0] AS relation`;

// Plain words (letters and digits only) also match as prefixes, a whole word scoring above a prefix: "Tehr" finds
// the TTP by its alias. Anything else is Lucene syntax and is passed on as written.
const searchActors = String.raw`WITH CASE
  WHEN $query =~ '[\\p{L}\\p{N}]+(\\s+[\\p{L}\\p{N}]+)*'
    THEN reduce(q = '', word IN split($query, ' ') |
           CASE word WHEN '' THEN q ELSE q + ' (' + word + ' OR ' + word + '*)' END)
  ELSE $query
END AS lucene
CALL db.index.fulltext.queryNodes('actorNames', lucene) YIELD node, score
WHERE node:Actor
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ($sectors IS NULL OR node.sector IN $sectors)
  AND ($countries IS NULL OR node.country IN $countries)
WITH node, score
ORDER BY score DESC, node.id
SKIP $offset LIMIT $limit
RETURN {score: score, actor: ${actorMap("node")}} AS match`;

const graphStats = `CALL apoc.meta.stats() YIELD labels, relTypesCount
CALL (labels) {
  UNWIND [label IN keys(labels) WHERE labels[label] > 0] AS label
  WITH label ORDER BY label
  RETURN collect({label: label, count: labels[label]}) AS labelCounts
}
CALL (relTypesCount) {
  UNWIND [type IN keys(relTypesCount) WHERE relTypesCount[type] > 0] AS type
  WITH type ORDER BY type
  RETURN collect({type: type, count: relTypesCount[type]}) AS typeCounts
}
RETURN {labels: labelCounts, relationshipTypes: typeCounts} AS stats`;

/** Every `@cypher` field's statement, by the coordinate schema.graphql gives as its statement. */
export const RESEARCH_STATEMENTS: Readonly<Record<string, string>> = {
  "Actor.relations": actorRelations,
  "Query.actor": "MATCH (actor:Actor {id: $id}) RETURN actor",
  "Query.article": "MATCH (article:Article {id: $id}) RETURN article",
  "Query.searchActors": searchActors,
  "Query.relations": relations,
  "Query.relationsBetween": relationsBetween,
  "Query.claimsWithDenials": claimsWithDenials,
  "Query.neighbourhood": neighbourhood,
  "Query.shortestPaths": shortestPaths,
  "Query.timeline": timeline,
  "Query.graphStats": graphStats,
  ...EVENT_STATEMENTS,
};
