import type { Driver } from "neo4j-driver";
import { CLAIM_TYPE_STEMS, STOP_STEMS } from "../src/graphql/statements/claim-statements.ts";
import { RELATION_TYPE_NAMES } from "../src/model/vocabulary.ts";

/**
 * The benchmark's questions, each as the GraphQL request a researcher sends and the simplest hand-written Cypher
 * that returns the same data (same fields, same page size, same order), parameterised alike.
 */

export interface BenchParams {
  /** Actors spread over the degree ranking, hubs first. */
  readonly actors: readonly { id: string; alias: string; degree: number }[];
}

/**
 * Actors spread over the degree ranking (hubs to leaves), for the queries' parameters, and the degree
 * distribution's maximum and median.
 */
export async function pickParams(
  driver: Driver,
  database: string,
): Promise<{ params: BenchParams; maxDegree: number; medianDegree: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor) WITH a, COUNT { (a)-[r:!INTERACTS]-(:Actor) } AS degree
     ORDER BY degree DESC, a.id
     RETURN a.id AS id, coalesce(a.aliases[0], a.name) AS alias, degree`,
    {},
    { database, routing: "READ" },
  );
  const all = records.map((r) => ({
    id: r.get("id") as string,
    alias: r.get("alias") as string,
    degree: r.get("degree") as number,
  }));
  const ranks = [0, 1, 3, 10, 30, 100, 300, 1000, 3000, 10000].filter((k) => k < all.length);
  return {
    params: { actors: ranks.map((k) => all[k] as (typeof all)[number]) },
    maxDegree: all[0]?.degree ?? 0,
    medianDegree: all[Math.floor(all.length / 2)]?.degree ?? 0,
  };
}

export interface BenchQuery {
  readonly name: string;
  readonly graphql: string;
  /** The hand-written Cypher, or a function of the variables for a question whose best Cypher names types. */
  readonly cypher: string | ((variables: Record<string, unknown>) => string);
  /** Variables of run `i` (the same for both sides). */
  variables(i: number, p: BenchParams): Record<string, unknown>;
  /** A comparable digest of the GraphQL answer's data and of the Cypher rows: they must be equal. */
  digestGraphql(data: Record<string, unknown>): unknown;
  digestCypher(rows: Record<string, unknown>[]): unknown;
}

const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** The hand-written Cypher of `query` for these variables. */
export const cypherOf = (query: BenchQuery, variables: Record<string, unknown>): string =>
  typeof query.cypher === "string" ? query.cypher : query.cypher(variables);

// The relation fields both sides return, with evidence and its article.
const RELATION_FIELDS = `id type date dateFrom dateTo dateText status quantity quantityText
  source { id name } target { id name } attributedTo { id name }
  evidence { quote start end article { id title date } }`;

// Preceded by \`WITH r, startNode(r) AS s, endNode(r) AS t\` (a map projection needs a variable).
const CYPHER_RELATION = `{.id, type: type(r), .date, .dateFrom, .dateTo, .dateText, .status, .quantity, .quantityText,
    source: s {.id, .name}, target: t {.id, .name},
    attributedTo: head(COLLECT { MATCH (x:Actor {id: r.attributedTo}) RETURN x {.id, .name} }),
    evidence: {quote: r.evidence, start: r.start, end: r.end,
      article: head(COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a {.id, .title, .date} })}}`;

type Rows = Record<string, unknown>[];

/**
 * A page of 50 relations of the given types overlapping [$from, $to], oldest first, as someone who knows the
 * schema writes it: each type read in order from its dateFrom index (types from the benchmark's own lists or
 * the vocabulary, never from input).
 */
const datedPageOfTypes = (types: readonly string[]) => `CALL () {
      ${types
        .map(
          (type) => `MATCH ()-[r:${type}]->()
        WHERE r.dateFrom <= date($to) AND (r.dateTo >= date($from) OR r.dateTo IS NULL)
        WITH r ORDER BY r.dateFrom, r.dateTo, r.id LIMIT 50
        RETURN r`,
        )
        .join("\n      UNION ALL\n      ")}
      }
      WITH r ORDER BY r.dateFrom, r.dateTo, r.id LIMIT 50
      WITH r, startNode(r) AS s, endNode(r) AS t
      RETURN r ${CYPHER_RELATION} AS relation`;
const ids = (list: unknown): string[] => (list as { id: string }[]).map((x) => x.id);

const quoted = (words: readonly string[]) => `[${words.map((w) => `'${w}'`).join(", ")}]`;

/**
 * The first 50 claims across the corpus with the denials that answer them (the pairing rule of
 * src/graphql/statements/claim-statements.ts, written out plainly): each claim type read in order from its
 * dateFrom index, then each claim's denials by the accused's roll-up peers and the words of both quotes.
 */
const claimsPageWithDenials = `CALL () {
      MATCH ()-[claim:ACCUSES]->() WHERE claim.dateFrom IS NOT NULL
      WITH claim ORDER BY claim.dateFrom, claim.dateTo, claim.id LIMIT 50 RETURN claim
      UNION ALL
      MATCH ()-[claim:CRITICIZES]->() WHERE claim.dateFrom IS NOT NULL
      WITH claim ORDER BY claim.dateFrom, claim.dateTo, claim.id LIMIT 50 RETURN claim
    }
    WITH claim ORDER BY claim.dateFrom, claim.dateTo, claim.id LIMIT 50
    WITH claim, startNode(claim) AS claimant, endNode(claim) AS accused
    CALL (claim, claimant, accused) {
      MATCH (accused)-[:HOLDS_OFFICE_IN|PART_OF]->{0,2}(:Actor)<-[:HOLDS_OFFICE_IN|PART_OF]-{0,2}(denier:Actor)
      MATCH (denier)-[denial:DENIES]->(target:Actor)
      WHERE EXISTS { (target)-[:HOLDS_OFFICE_IN|PART_OF]->{0,2}(:Actor)<-[:HOLDS_OFFICE_IN|PART_OF]-{0,2}(claimant) }
      WITH DISTINCT claim, denial, claimant, accused, denier, target
      WITH claim, denial, reduce(s = [], a IN [claimant, accused, denier, target] |
        s + [n IN [a.name] + coalesce(a.aliases, []) | [w IN apoc.text.split(toLower(n), '[^\\\\p{L}]+') WHERE size(w) >= 4 | left(w, 4)]]) AS names
      WITH claim, denial, reduce(s = [], l IN names | s + l) + ${quoted(STOP_STEMS)} AS ignored,
        [w IN apoc.text.split(toLower(denial.evidence + ' ' + coalesce(denial.note, '')), '[^\\\\p{L}]+') WHERE size(w) >= 4] AS said,
        [w IN apoc.text.split(toLower(claim.evidence + ' ' + coalesce(claim.note, '')), '[^\\\\p{L}]+') WHERE size(w) >= 4 | left(w, 4)] AS claimed
      WITH claim, denial, said, claimed, [w IN said WHERE NOT left(w, 4) IN ignored] AS own, ignored
      WHERE any(w IN own WHERE left(w, 4) IN claimed AND NOT left(w, 4) IN ignored)
        OR (size(own) = 0 AND (denial.articleId = claim.articleId OR any(w IN said WHERE left(w, 4) IN
          CASE type(claim) ${Object.entries(CLAIM_TYPE_STEMS)
            .map(([type, stems]) => `WHEN '${type}' THEN ${quoted(stems ?? [])}`)
            .join(" ")} END)))
      WITH denial ORDER BY denial.dateFrom, denial.dateTo, denial.id
      RETURN collect(denial.id) AS denials
    }
    WITH claim, denials, startNode(claim) AS s, endNode(claim) AS t
    WITH claim AS r, denials, s, t
    RETURN r ${CYPHER_RELATION} AS claim, denials`;

export const QUERIES: readonly BenchQuery[] = [
  {
    name: "actor by alias (fulltext)",
    graphql: `query($q: String!) { searchActors(query: $q, limit: 10) {
      score actor { id name kind aliases sector country } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('actorNames', $q) YIELD node, score
      WHERE node:Actor
      WITH node, score ORDER BY score DESC, node.id LIMIT 10
      RETURN score, node {.id, .name, .kind, .aliases, .sector, .country} AS actor`,
    variables: (i, p) => ({ q: `"${at(p.actors, i).alias}"` }),
    digestGraphql: (d) => (d.searchActors as { actor: { id: string } }[]).map((m) => m.actor.id),
    digestCypher: (rows: Rows) => rows.map((r) => (r.actor as { id: string }).id),
  },
  ...[
    { depth: 1, details: false },
    { depth: 2, details: false },
    { depth: 1, details: true },
  ].map(
    ({ depth, details }): BenchQuery => ({
      name: `ego network depth ${depth}${details ? ", with each edge's relations" : ""}`,
      // What a drawing needs: one edge per ordered pair, from the pair summaries (INTERACTS); the third variant
      // also asks each edge's first three relations for their status and quote.
      graphql: `query($actor: ID!, $depth: Int!) { neighbourhood(actor: $actor, depth: $depth, maxNodes: 50, maxEdges: 200) {
        center truncated nodes { id name kind distance }
        edges { id source target count ${details ? "relations(limit: 3) { status evidence { quote } }" : "articles dateFrom dateTo hostile"} } } }`,
      cypher: `MATCH (center:Actor {id: $actor})
        CALL apoc.path.spanningTree(center, {maxLevel: $depth, bfs: true, labelFilter: '+Actor', limit: 51,
          relationshipFilter: 'INTERACTS'})
          YIELD path
        WITH center, path, last(nodes(path)) AS n
        WITH center, collect(n {.id, .name, .kind, distance: length(path), node: n}) AS reached
        WITH center, reached[0..50] AS kept, size(reached) > 50 AS cut
        UNWIND kept AS k
        WITH center, cut, k ORDER BY k.distance, k.id
        WITH center, cut, collect(k) AS kept
        WITH center, cut, [k IN kept | k {.id, .name, .kind, .distance}] AS nodes, [k IN kept | k.node] AS actors
        CALL (actors) {
          UNWIND actors AS a
          UNWIND actors AS b
          MATCH (a)-[i:INTERACTS]->(b)
          WITH a, b, i ORDER BY a.id, b.id LIMIT 201
          RETURN collect({id: a.id + '>' + b.id, source: a.id, target: b.id, count: i.count,
            ${
              details
                ? `relations: [r IN COLLECT { MATCH (a)-[r:!INTERACTS]->(b) RETURN r ORDER BY r.dateFrom, r.dateTo, r.id LIMIT 3 }
                | {status: r.status, evidence: {quote: r.evidence}}]`
                : "articles: i.articles, dateFrom: i.dateFrom, dateTo: i.dateTo, hostile: i.hostile"
            }}) AS found
        }
        RETURN center.id AS center, cut OR size(found) > 200 AS truncated, nodes, found[0..200] AS edges`,
      variables: (i, p) => ({ actor: at(p.actors, i).id, depth }),
      digestGraphql: (d) => {
        const g = d.neighbourhood as { nodes: unknown; edges: unknown; truncated: boolean };
        return [ids(g.nodes), ids(g.edges), g.truncated];
      },
      digestCypher: (rows: Rows) => {
        const g = rows[0] as { nodes: unknown; edges: unknown; truncated: boolean };
        return [ids(g.nodes), ids(g.edges), g.truncated];
      },
    }),
  ),
  {
    name: "relations by type and date range",
    graphql: `query($types: [RelationType!], $from: Day, $to: Day) {
      relations(types: $types, from: $from, to: $to, limit: 50) { ${RELATION_FIELDS} } }`,
    cypher: (v) => datedPageOfTypes(v.types as string[]),
    variables: (i) => {
      const year = 2016 + (i % 9);
      const types = at([["ACCUSES"], ["EXPELS"], ["ATTACKS", "FIGHTS"]], i);
      return { types, from: `${year}-03-01`, to: `${year}-05-31` };
    },
    digestGraphql: (d) => ids(d.relations),
    digestCypher: (rows: Rows) => rows.map((r) => (r.relation as { id: string }).id),
  },
  {
    name: "shortest path",
    graphql: `query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxHops: 4, limit: 20) {
      length actors { id name } relations { id type source { id } target { id } evidence { quote } } } }`,
    cypher: `MATCH (origin:Actor {id: $from}), (destination:Actor {id: $to})
      WHERE origin <> destination
      MATCH p = ALL SHORTEST (origin)-[:!MENTIONS&!INTERACTS]-{1,4}(destination)
      WITH p ORDER BY [r IN relationships(p) | r.id] LIMIT 20
      RETURN length(p) AS length, [a IN nodes(p) | a {.id, .name}] AS actors,
        [r IN relationships(p) | {id: r.id, type: type(r), source: {id: startNode(r).id}, target: {id: endNode(r).id},
          evidence: {quote: r.evidence}}] AS relations`,
    // From a mid-ranked actor to a leaf: paths through the hubs, as researchers ask them.
    variables: (i, p) => ({
      from: at(p.actors, i + Math.floor(p.actors.length / 2)).id,
      to: at(p.actors, i + Math.floor(p.actors.length / 2) + 3).id,
    }),
    digestGraphql: (d) => (d.shortestPaths as { relations: unknown }[]).map((x) => ids(x.relations)),
    digestCypher: (rows: Rows) => rows.map((r) => ids(r.relations)),
  },
  {
    name: "claims with the denials that answer them, across the corpus",
    graphql: `{ claimsWithDenials(sameArticle: false, limit: 50) { claim { ${RELATION_FIELDS} } denials { id } } }`,
    cypher: claimsPageWithDenials,
    variables: () => ({}),
    digestGraphql: (d) =>
      (d.claimsWithDenials as { claim: { id: string }; denials: unknown }[]).map((p) => [
        p.claim.id,
        ids(p.denials),
      ]),
    digestCypher: (rows: Rows) => rows.map((r) => [(r.claim as { id: string }).id, r.denials]),
  },
  {
    name: "timeline across the corpus, one quarter",
    graphql: `query($from: Day, $to: Day) { timeline(from: $from, to: $to, limit: 50) { ${RELATION_FIELDS} } }`,
    cypher: () => datedPageOfTypes(RELATION_TYPE_NAMES),
    variables: (i) => {
      const year = 2016 + (i % 9);
      return { from: `${year}-07-01`, to: `${year}-09-30` };
    },
    digestGraphql: (d) => ids(d.timeline),
    digestCypher: (rows: Rows) => rows.map((r) => (r.relation as { id: string }).id),
  },
  {
    name: "timeline of one actor",
    graphql: `query($actor: ID) { timeline(actor: $actor, limit: 50) { ${RELATION_FIELDS} } }`,
    cypher: `MATCH (:Actor {id: $actor})-[r:!INTERACTS]-(:Actor)
      WHERE r.dateFrom IS NOT NULL
      WITH DISTINCT r ORDER BY r.dateFrom, r.dateTo, r.id LIMIT 50
      WITH r, startNode(r) AS s, endNode(r) AS t
      RETURN r ${CYPHER_RELATION} AS relation`,
    variables: (i, p) => ({ actor: at(p.actors, i).id }),
    digestGraphql: (d) => ids(d.timeline),
    digestCypher: (rows: Rows) => rows.map((r) => (r.relation as { id: string }).id),
  },
];
