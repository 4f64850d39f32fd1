MATCH (:Article {id: $articleId})-[m:MENTIONS]->()
DELETE m
