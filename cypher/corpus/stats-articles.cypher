MATCH (a:Article)
OPTIONAL MATCH (a)-[m:MENTIONS]->()
WITH a, count(m) AS actors
OPTIONAL MATCH ()-[r]->() WHERE r.articleId = a.id
RETURN a.id AS article, toString(a.date) AS date, actors, count(r) AS relations
ORDER BY date, article
