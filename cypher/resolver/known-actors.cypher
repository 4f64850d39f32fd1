// Every actor of the graph with every form the corpus names it with: its name, its aliases and the words of
// its mentions in each article (the actor resolver matches new articles against these).
MATCH (x:Actor)
RETURN x {.id, .kind, .name, .aliases, .description, .sector, .country, .wikidata, .distinctFrom,
          mentionForms: COLLECT { MATCH (:Article)-[m:MENTIONS]->(x) UNWIND m.forms AS form RETURN DISTINCT form }
       } AS actor
ORDER BY x.id
