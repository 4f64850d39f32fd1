// Recomputes the pair summaries (INTERACTS) of the ordered pairs in $pairs from the relations between them, so
// that each is exact whatever happened to the pair: created, updated, or deleted when no relation is left.
// $categories maps each relation type to its summary category (SUMMARY_CATEGORY_OF in src/model/vocabulary.ts).
// The last date is the latest end of any relation, or its start when it has no end (an open interval).
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.source}), (t:Actor {id: pair.target})
CALL (s, t) {
  MATCH (s)-[r:!INTERACTS]->(t)
  RETURN count(r) AS count,
         count(DISTINCT r.articleId) AS articles,
         min(r.dateFrom) AS dateFrom,
         max(coalesce(r.dateTo, r.dateFrom)) AS dateTo,
         count(CASE $categories[type(r)] WHEN 'cooperative' THEN r END) AS cooperative,
         count(CASE $categories[type(r)] WHEN 'hostile' THEN r END) AS hostile,
         count(CASE $categories[type(r)] WHEN 'structural' THEN r END) AS structural
}
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
