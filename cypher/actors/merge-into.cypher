// Makes `drop` part of `keep`: every relationship of `drop` (its relations either way, the articles' MENTIONS
// of it) is deleted and created again on `keep` with its type and properties (a relationship cannot change its
// ends, and its id must be free before the copy takes it; apoc.refactor.mergeNodes copies first, which the
// per-type id constraints refuse). `keep` keeps its own properties and kind; `drop`'s name and aliases become
// aliases of `keep`, and `drop` is deleted. Parallel relations stay parallel: each is one article's claim.
// `drop`'s pair summaries (INTERACTS) are deleted before this runs and rebuilt after it
// (src/loader/pair-summaries.ts), so only relations and mentions move.
MATCH (keep:Actor {id: $keep}), (drop:Actor {id: $drop})
CALL (keep, drop) {
  MATCH (drop)-[r]->(other)
  WITH r, type(r) AS type, properties(r) AS props, other
  DELETE r
  WITH type, props, other
  CREATE (keep)-[moved:$(type)]->(other)
  SET moved = props
  RETURN count(moved) AS outgoing
}
CALL (keep, drop) {
  MATCH (other)-[r]->(drop)
  WITH r, type(r) AS type, properties(r) AS props, other
  DELETE r
  WITH type, props, other
  CREATE (other)-[moved:$(type)]->(keep)
  SET moved = props
  RETURN count(moved) AS incoming
}
WITH keep, drop, outgoing + incoming AS moved,
     coalesce(keep.aliases, []) + [drop.name] + coalesce(drop.aliases, []) AS names,
     coalesce(keep.distinctFrom, []) + coalesce(drop.distinctFrom, []) AS distinct
DELETE drop
SET keep.aliases = reduce(kept = [], alias IN names |
      CASE WHEN alias = keep.name OR alias IN kept THEN kept ELSE kept + alias END),
    keep.distinctFrom = reduce(kept = [], id IN distinct |
      CASE WHEN id IN [keep.id, $drop] OR id IN kept THEN kept ELSE kept + id END)
RETURN moved, size(keep.aliases) AS aliases
