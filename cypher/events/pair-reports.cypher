// The event relations between each touched pair of actors ([a, b], a < b), with what the grouping reads of their
// articles (src/model/group-events.ts). Both ends bound: Neo4j expands the actor with fewer relationships.
UNWIND $pairs AS pair
MATCH (:Actor {id: pair[0]})-[r]-(:Actor {id: pair[1]})
WHERE r.category = 'event'
WITH DISTINCT r
MATCH (article:Article {id: r.articleId})
RETURN elementId(r) AS element, r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r.status AS status, toString(r.dateFrom) AS dateFrom, toString(r.dateTo) AS dateTo, r.quantity AS quantity,
       r.articleId AS articleId, toString(article.date) AS articleDate, article.source AS publication
