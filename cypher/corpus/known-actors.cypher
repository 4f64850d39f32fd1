// Every actor of the corpus, for entity resolution when a new article is ingested.
MATCH (x:Actor)
RETURN x {.id, .kind, .name, .aliases, .description, .sector, .country, .wikidata} AS actor
ORDER BY x.id
