// Actors this article mentioned before, that no article mentions now.
MATCH (x:Actor)
WHERE x.id IN $actorIds AND NOT EXISTS { (:Article)-[:MENTIONS]->(x) }
DETACH DELETE x
