// Every relation between actors with its provenance; dates as ISO strings so the export is plain JSON.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.articleId IS NOT NULL
RETURN r {.*, type: type(r), source: s.id, target: t.id,
          dateFrom: toString(r.dateFrom), dateTo: toString(r.dateTo)} AS relation
ORDER BY r.id
