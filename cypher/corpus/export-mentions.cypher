// The mentions of one page of articles, after the last article id of the page before: one row per article (also
// one that mentions nobody, so the page's last id is always returned), its mentions ordered by actor id.
MATCH (a:Article)
WHERE a.id > $after
WITH a
ORDER BY a.id
LIMIT $limit
RETURN a.id AS articleId,
       COLLECT {
         MATCH (a)-[m:MENTIONS]->(x:Actor)
         WITH m, x
         ORDER BY x.id
         RETURN {actorId: x.id, count: m.count, offsets: m.offsets, forms: m.forms}
       } AS mentions
