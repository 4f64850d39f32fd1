// After an offline import: the importer cannot write an empty list, but the online loader sets an actor's
// aliases and distinctFrom even when they are empty, so both imports leave the same properties.
MATCH (x:Actor)
WHERE x.aliases IS NULL OR x.distinctFrom IS NULL
SET x.aliases = coalesce(x.aliases, []),
    x.distinctFrom = coalesce(x.distinctFrom, [])
RETURN count(x) AS filled
