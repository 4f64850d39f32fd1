// Recomputes the pair summaries (INTERACTS) of the ordered pairs in $pairs from the relations between them, so
// that each is exact whatever happened to the pair: created, updated, or deleted when no relation is left.
// $categories maps each relation type to its summary category (SUMMARY_CATEGORY_OF in src/model/vocabulary.ts).
// The last date is the latest end of any relation, or its start when it has no end (an open interval).
// Planned anew on every run: a plan cached while the graph was empty (the first ingest) reads the pairs'
// relations by scanning every relationship, which the planner prefers to an Expand(Into) only then, and which then
// makes every later load quadratic; planning this statement costs a few milliseconds.
CYPHER replan=force
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.source}), (t:Actor {id: pair.target})
WITH s, t, COLLECT { MATCH (s)-[r:!INTERACTS]->(t) RETURN r } AS relations
WITH s, t, relations, size(relations) AS count,
     size(apoc.coll.toSet([r IN relations | r.articleId])) AS articles,
     reduce(first = null, r IN relations |
       CASE WHEN r.dateFrom < first OR first IS NULL THEN coalesce(r.dateFrom, first) ELSE first END) AS dateFrom,
     reduce(last = null, r IN relations |
       CASE WHEN coalesce(r.dateTo, r.dateFrom) > last OR last IS NULL THEN coalesce(r.dateTo, r.dateFrom, last)
       ELSE last END) AS dateTo,
     size([r IN relations WHERE $categories[type(r)] = 'cooperative']) AS cooperative,
     size([r IN relations WHERE $categories[type(r)] = 'hostile']) AS hostile,
     size([r IN relations WHERE $categories[type(r)] = 'structural']) AS structural
CALL (s, t, count) {
  WITH s, t, count WHERE count = 0
  MATCH (s)-[gone:INTERACTS]->(t)
  DELETE gone
}
CALL (s, t, count, articles, dateFrom, dateTo, cooperative, hostile, structural) {
  WITH * WHERE count > 0
  MERGE (s)-[summary:INTERACTS]->(t)
  SET summary.count = count,
      summary.articles = articles,
      summary.dateFrom = dateFrom,
      summary.dateTo = dateTo,
      summary.cooperative = cooperative,
      summary.hostile = hostile,
      summary.structural = structural
}
RETURN count(*) AS pairs
