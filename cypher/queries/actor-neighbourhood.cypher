// An actor's neighbourhood
// The actor and the actors it has relations with, one line per ordered pair of them (the pair summary, INTERACTS): its caption is how many relations go that way; click it for the pair's counts of articles, dates and cooperative, hostile and structural relations. Up to the 100 neighbours with the most relations. Drawn as copies (APOC virtual nodes and relationships), because Browser's "Connect result nodes" would add every relation between the same actors. Set the actor's id first (the :param line); the Government of Pakistan is "pakistan-government". The relations of one pair: the guide's "between two actors" query.
// :param actorId => "pakistan-government"
MATCH (actor:Actor {id: $actorId})
WITH actor, COLLECT {
  MATCH (actor)-[summary:INTERACTS]-(other:Actor)
  WITH other, sum(summary.count) AS relations
  ORDER BY relations DESC, other.id
  LIMIT 100
  RETURN other
} AS others
WITH [actor] + others AS actors
CALL (actors) {
  UNWIND actors AS a
  UNWIND actors AS b
  MATCH (a)-[summary:INTERACTS]->(b)
  RETURN collect(summary) AS shown
}
WITH shown, apoc.map.fromPairs([a IN actors | [elementId(a), apoc.create.vNode(labels(a), properties(a))]]) AS copy
UNWIND shown AS summary
WITH copy, summary, copy[elementId(startNode(summary))] AS source, copy[elementId(endNode(summary))] AS target
RETURN source, apoc.create.vRelationship(source, 'INTERACTS', properties(summary), target) AS pair, target
