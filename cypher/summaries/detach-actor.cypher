// Before actor $drop is merged into another: its summaries are deleted (cypher/actors/merge-into.cypher moves
// every relationship, and would move them as parallel copies), and the actors it has relations with, either way,
// are returned so that the summaries of the merged actor with them can be rebuilt.
MATCH (drop:Actor {id: $drop})
CALL (drop) {
  MATCH (drop)-[summary:INTERACTS]-(:Actor)
  DELETE summary
}
RETURN COLLECT { MATCH (drop)-[:!INTERACTS]-(other:Actor) RETURN DISTINCT other.id } AS others
