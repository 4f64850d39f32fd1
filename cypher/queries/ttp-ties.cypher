// The TTP's ties
// Relations of the TTP (Tehreek-e-Taliban Pakistan), and relations between other actors whose evidence names the TTP (the TTP straining ties between Islamabad and Kabul): these relations only, as copies (APOC virtual nodes and relationships), because Browser's "Connect result nodes" would add every other relation between the same actors.
MATCH (ttp:Actor {id: "ttp"})
MATCH (a:Actor)-[r:!INTERACTS]->(b:Actor)
WHERE ttp IN [a, b] OR r.evidence CONTAINS "TTP"
WITH collect(DISTINCT r) AS shown
UNWIND shown AS r
UNWIND [startNode(r), endNode(r)] AS actor
WITH shown, collect(DISTINCT actor) AS actors
WITH shown, apoc.map.fromPairs([a IN actors | [elementId(a), apoc.create.vNode(labels(a), properties(a))]]) AS copy
UNWIND shown AS r
WITH copy, r, copy[elementId(startNode(r))] AS source, copy[elementId(endNode(r))] AS target
RETURN source, apoc.create.vRelationship(source, type(r), properties(r), target) AS tie, target
