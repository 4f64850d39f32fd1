// Every relation between actors with its provenance; dates as ISO strings so the export is plain JSON. The pair
// summaries (INTERACTS) are derived from the relations, and rebuilt by an import, so they are not exported.
MATCH (s:Actor)-[r:!INTERACTS]->(t:Actor)
WHERE r.articleId IS NOT NULL
RETURN r {.*, type: type(r), source: s.id, target: t.id,
          dateFrom: toString(r.dateFrom), dateTo: toString(r.dateTo)} AS relation
ORDER BY r.id
