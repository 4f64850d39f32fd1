// Removes one article with its mentions; its relations are removed by delete-article-relations.cypher in the
// same transaction, and actors no remaining article mentions by delete-orphan-actors.cypher.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(x:Actor)
WITH a, collect(x.id) AS actorIds
DETACH DELETE a
RETURN actorIds
