// One page of actors for the exports, after the last id of the page before: read in order from the id constraint's
// index, so a page costs its own rows, however deep.
MATCH (x:Actor)
WHERE x.id > $after
RETURN x {.id, .kind, .name, .aliases, .description, .sector, .country, .wikidata, .distinctFrom} AS actor
ORDER BY x.id
LIMIT $limit
