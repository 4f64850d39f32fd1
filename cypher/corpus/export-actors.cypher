// Every actor, for the exports.
MATCH (x:Actor)
RETURN x {.id, .kind, .name, .aliases, .description, .sector, .country, .wikidata, .distinctFrom} AS actor
ORDER BY x.id
