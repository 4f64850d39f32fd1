// An actor keeps exactly one kind label beside `Actor`; a changed kind moves it. Aliases gather across
// articles, since each article may use other names for the same actor, and so do the actors it was declared
// distinct from.
UNWIND $actors AS row
MERGE (x:Actor {id: row.id})
SET x.kind = row.kind,
    x.name = row.name,
    x.aliases = [alias IN coalesce(x.aliases, []) WHERE NOT alias IN row.aliases] + row.aliases,
    x.description = row.description,
    x.sector = row.sector,
    x.country = row.country,
    x.wikidata = row.wikidata,
    x.distinctFrom = [id IN coalesce(x.distinctFrom, []) WHERE NOT id IN row.distinctFrom] + row.distinctFrom
REMOVE x:$([kind IN $kinds WHERE kind <> row.kind])
SET x:$(row.kind)
