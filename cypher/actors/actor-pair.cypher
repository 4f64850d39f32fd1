// The two actors of a merge, and how many relations (not summaries) join them (a merge would turn those into self-loops).
OPTIONAL MATCH (keep:Actor {id: $keep})
OPTIONAL MATCH (drop:Actor {id: $drop})
RETURN keep {.id, .kind, .name} AS keep, drop {.id, .kind, .name} AS drop,
       CASE WHEN keep IS NULL OR drop IS NULL THEN 0 ELSE COUNT { (keep)-[:!INTERACTS]-(drop) } END AS between
