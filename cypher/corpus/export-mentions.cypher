MATCH (a:Article)-[m:MENTIONS]->(x:Actor)
RETURN a.id AS articleId, x.id AS actorId, m.count AS count, m.offsets AS offsets, m.forms AS forms
ORDER BY articleId, actorId
