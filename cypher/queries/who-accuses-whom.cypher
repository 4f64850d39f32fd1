// Who accuses whom, and who denies it
// Every accusation (ACCUSES) between actors, with the denial (DENIES) the accused addressed to the accuser, if there is one: these relations and their actors only. They are drawn as copies (APOC virtual nodes and relationships, with the same labels and properties), because Browser's "Connect result nodes" would add every other relation between the same actors. Click a relation to read its evidence, status and attributedTo; to expand an actor, run the neighbourhood query below with its id.
MATCH (accuser:Actor)-[accusation:ACCUSES]->(accused:Actor)
OPTIONAL MATCH (accused)-[denial:DENIES]->(accuser)
WITH collect(DISTINCT accusation) + collect(DISTINCT denial) AS shown
UNWIND shown AS r
UNWIND [startNode(r), endNode(r)] AS actor
WITH shown, collect(DISTINCT actor) AS actors
WITH shown, apoc.map.fromPairs([a IN actors | [elementId(a), apoc.create.vNode(labels(a), properties(a))]]) AS copy
UNWIND shown AS r
WITH copy, r, copy[elementId(startNode(r))] AS source, copy[elementId(endNode(r))] AS target
RETURN source, apoc.create.vRelationship(source, type(r), properties(r), target) AS relation, target
