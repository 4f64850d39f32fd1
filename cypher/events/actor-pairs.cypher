// The pairs an actor takes part in through event relations ([a, b], a < b): what a merge moves.
MATCH (x:Actor {id: $actor})-[r]-(y:Actor)
WHERE r.category = 'event'
WITH DISTINCT CASE WHEN x.id < y.id THEN [x.id, y.id] ELSE [y.id, x.id] END AS pair
RETURN collect(pair) AS pairs
