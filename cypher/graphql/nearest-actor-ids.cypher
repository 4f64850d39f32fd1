// For each actor id a request named, whether it names an actor; for one that does not, the actors that may be
// meant: those whose id starts with the id's first word, case-folded ("Pakistan" -> pakistan, pakistan-government),
// and those whose name or alias the fulltext index matches with the id's words (whole, prefix or misspelt).
// src/graphql/unknown-ids.ts ranks them by name similarity. $given: [{id, idStart, lucene}].
UNWIND $given AS given
OPTIONAL MATCH (known:Actor {id: given.id})
WITH given WHERE known IS NULL
OPTIONAL CALL (given) {
  MATCH (a:Actor) WHERE a.id STARTS WITH given.idStart
  RETURN a LIMIT 50
  UNION
  WITH given WHERE given.lucene <> ''
  CALL db.index.fulltext.queryNodes('actorNames', given.lucene, {limit: 50}) YIELD node AS a
  RETURN a
}
RETURN given.id AS id, collect(DISTINCT a {.id, .name, .aliases}) AS candidates
