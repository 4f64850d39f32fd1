// Every ordered pair of actors that has relations or a summary: what a full rebuild of the summaries refreshes
// (a summary whose relations are gone is deleted by the refresh).
CALL () {
  MATCH (s:Actor)-[:!INTERACTS]->(t:Actor)
  RETURN s.id AS source, t.id AS target
  UNION
  MATCH (s:Actor)-[:INTERACTS]->(t:Actor)
  RETURN s.id AS source, t.id AS target
}
RETURN source, target
