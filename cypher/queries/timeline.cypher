// Timeline of dated relations
// Relations whose time the article states, oldest first: the resolved date (ISO 8601, a year, month or range), the article's own words for it, and the evidence. A table, not a graph.
MATCH (source:Actor)-[r:!INTERACTS]->(target:Actor)
WHERE r.dateFrom IS NOT NULL
RETURN r.date AS date,
       r.dateText AS articleSays,
       source.name AS source,
       type(r) AS relation,
       target.name AS target,
       r.status AS status,
       r.attributedTo AS attributedTo,
       r.evidence AS evidence,
       r.articleId AS article
ORDER BY r.dateFrom, r.dateTo, r.id
