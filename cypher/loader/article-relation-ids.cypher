// Ids of the article's relations before this load, to report what the load adds and removes.
// `{{RELATION_TYPES}}`: see delete-article-relations.cypher.
MATCH ()-[r:{{RELATION_TYPES}}]->()
WHERE r.articleId = $articleId
RETURN collect(r.id) AS ids
