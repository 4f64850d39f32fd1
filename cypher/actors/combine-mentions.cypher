// After a merge, an article that named both actors has two MENTIONS of the kept one: they become one, with the
// offsets (and their forms) of both in text order.
MATCH (article:Article)-[m:MENTIONS]->(keep:Actor {id: $keep})
WITH article, keep, collect(m) AS mentions
WHERE size(mentions) > 1
CALL (mentions) {
  UNWIND mentions AS m
  UNWIND range(0, size(m.offsets) - 1) AS i
  WITH DISTINCT m.offsets[i] AS offset, m.forms[i] AS form
  ORDER BY offset
  RETURN collect(offset) AS offsets, collect(form) AS forms
}
CREATE (article)-[:MENTIONS {count: size(offsets), offsets: offsets, forms: forms}]->(keep)
FOREACH (m IN mentions | DELETE m)
RETURN count(article) AS combined
