import { typesOfPlover, unionOverTypes } from "../../neo4j/typed-cypher.ts";
import { EDGE_RELATIONS_PARAMETER } from "../edge-details.ts";
import {
  actorMap,
  coderOf,
  datedOverlap,
  dateRangeFilter,
  indent,
  type RelationFilterName,
  relationFilter,
  relationMap,
  relationOrder,
  where,
} from "./relation-parts.ts";

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
 * vocabulary type; MENTIONS (article to actor) is the only other type, and requiring an `:Actor` at both ends keeps
 * it out.
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
const undatedIds = `MATCH (:Actor)-[r]->(:Actor)
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

const actorRelations = `MATCH (this)-[r]-(:Actor)
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

const relationsBetween = `MATCH (:Actor {id: $actor})-[r]-(:Actor {id: $other})
${where(relationFilter("r", ["types", "status", "coder", "minConfidence"]))}
WITH DISTINCT r
ORDER BY ${relationOrder("r")}
SKIP $offset LIMIT $limit
RETURN ${relationMap("r")} AS relation`;

// Claims and denials are read by their types (the type index), not by `plover` on every relationship. Without a
// `denied` filter the page is cut before any denial is read, so a corpus-wide request reads denials for one page;
// with it, each claim's denials must be known to keep or drop the claim.
const claimsWithDenials = `CALL () {
  WITH $actor AS actor WHERE actor IS NULL
  MATCH (:Actor)-[claim:${typesOfPlover("ACCUSE")}]->(:Actor)
  RETURN claim
  UNION
  MATCH (:Actor {id: $actor})-[claim:${typesOfPlover("ACCUSE")}]-(:Actor)
  RETURN claim
}
WITH claim, startNode(claim) AS claimant, endNode(claim) AS accused
WHERE $denied IS NULL OR $denied = EXISTS {
  MATCH (accused)-[denial:${typesOfPlover("REJECT")}]->(claimant)
  WHERE NOT $sameArticle OR denial.articleId = claim.articleId
}
WITH claim, claimant, accused
ORDER BY ${relationOrder("claim")}
SKIP $offset LIMIT $limit
WITH claim, COLLECT {
  MATCH (accused)-[denial:${typesOfPlover("REJECT")}]->(claimant)
  WHERE NOT $sameArticle OR denial.articleId = claim.articleId
  RETURN denial ORDER BY ${relationOrder("denial")} LIMIT 100
} AS denials
RETURN {
  claim: [r IN [claim] | ${relationMap("r")}][0],
  denials: [r IN denials | ${relationMap("r")}]
} AS pair`;

// An edge carries its whole relation only when the request selects it: `$edgeRelations` is set per request from
// what the request asks for (src/graphql/edge-details.ts).
const neighbourhood = `MATCH (center:Actor {id: $actor})
CALL apoc.path.spanningTree(center, {
  maxLevel: $depth, bfs: true, labelFilter: '+Actor', limit: $maxNodes + 1,
  relationshipFilter: reduce(filter = '', type IN coalesce($types, []) | filter + CASE filter WHEN '' THEN '' ELSE '|' END + type)
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
  MATCH (a)-[r]->(b:Actor)
  ${where(["b IN actors", ...relationFilter("r", ["types"])])}
  WITH r ORDER BY r.id LIMIT $maxEdges + 1
  RETURN collect(r) AS found
}
RETURN {
  center: center.id,
  nodes: nodes,
  edges: [r IN found[0..$maxEdges] | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
    status: r.status, date: r.date, attributedTo: r.attributedTo, coder: ${coderOf("r")}, confidence: r.confidence,
    relation: CASE WHEN $${EDGE_RELATIONS_PARAMETER} THEN ${relationMap("r")} END}],
  truncated: nodesCut OR size(found) > $maxEdges
} AS graph`;

const shortestPaths = `MATCH (origin:Actor {id: $from}), (destination:Actor {id: $to})
WHERE origin <> destination
MATCH p = ALL SHORTEST (origin)-[:!MENTIONS]-{1,6}(destination)
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
// \`$actor IS NULL\`.)
const timeline = `CALL () {
  WITH $actor AS actor WHERE actor IS NULL
${indent(corpusPageIds(["$actor IS NULL", "$includeUndated"]))}
  UNWIND dated + undated AS pageId
  MATCH ()-[r]->() WHERE elementId(r) = pageId
  RETURN r
  UNION
  MATCH (:Actor {id: $actor})-[r]-(:Actor)
${where(["($includeUndated OR r.dateFrom IS NOT NULL)", ...relationFilter("r", ["types", ...PAGE_FILTERS]), dateRangeFilter("r")], "  ")}
  RETURN r
}
WITH r
ORDER BY ${relationOrder("r")}
SKIP $offset LIMIT $limit
RETURN ${relationMap("r")} AS relation`;

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
};
