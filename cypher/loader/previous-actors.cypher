// Actors the article mentioned before this load: those no article mentions afterwards are removed.
MATCH (:Article {id: $articleId})-[:MENTIONS]->(x:Actor)
RETURN collect(x.id) AS ids
