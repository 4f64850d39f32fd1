// Claims attributed to the IOM or the UN
// Relations that an article reports on the authority of the International Organization for Migration or a United Nations body (the relation's attributedTo), drawn together with that organisation: these relations only, as copies (APOC virtual nodes and relationships), because Browser's "Connect result nodes" would add every other relation between the same actors.
MATCH (org:Organization)
WHERE org.id = "iom" OR org.sector = "UNO"
MATCH (:Actor)-[r:!INTERACTS]->(:Actor)
WHERE r.attributedTo = org.id
WITH collect(DISTINCT r) AS shown, collect(DISTINCT org) AS sources
UNWIND shown AS r
UNWIND [startNode(r), endNode(r)] AS actor
WITH shown, sources, collect(DISTINCT actor) AS ends
WITH shown, sources, apoc.map.fromPairs([a IN apoc.coll.toSet(ends + sources) | [elementId(a), apoc.create.vNode(labels(a), properties(a))]]) AS copy
UNWIND shown AS r
WITH copy, r, copy[elementId(startNode(r))] AS source, copy[elementId(endNode(r))] AS target, sources
RETURN source, apoc.create.vRelationship(source, type(r), properties(r), target) AS claim, target,
       [s IN sources | copy[elementId(s)]] AS organisation
