// One actor with the forms its articles use, the articles that name it, and its relations (not its pair
// summaries) by type and direction.
MATCH (x:Actor {id: $id})
RETURN x {.id, .kind, .name, .aliases, .description, .sector, .country, .wikidata, .distinctFrom} AS actor,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(x)
         RETURN {id: a.id, date: toString(a.date), title: a.title, count: m.count, forms: m.forms} AS article
         ORDER BY a.date, a.id
       } AS articles,
       COLLECT {
         MATCH (x)-[r:!INTERACTS]-(:Actor)
         WITH type(r) AS type, CASE WHEN startNode(r) = x THEN "out" ELSE "in" END AS direction, count(*) AS n
         RETURN {type: type, direction: direction, count: n} AS counts
         ORDER BY type, direction
       } AS relations
