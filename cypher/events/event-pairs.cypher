// Every pair of actors joined by an event relation ([a, b], a < b): what a full rebuild of the events regroups.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.category = 'event'
WITH DISTINCT CASE WHEN a.id < b.id THEN [a.id, b.id] ELSE [b.id, a.id] END AS pair
RETURN pair
ORDER BY pair
