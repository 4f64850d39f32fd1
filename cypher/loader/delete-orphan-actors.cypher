// Actors this article mentioned before, that no article mentions now.
MATCH (x:Actor)
WHERE x.id IN $actorIds AND NOT EXISTS { (:Article)-[:MENTIONS]->(x) }
WITH x, x.id AS id
DETACH DELETE x
RETURN id
