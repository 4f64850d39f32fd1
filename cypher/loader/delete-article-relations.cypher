// `{{RELATION_TYPES}}` is the vocabulary's types joined with `|` (an allow-list from code): naming the types
// lets Neo4j use each type's articleId index instead of scanning every relationship.
MATCH ()-[r:{{RELATION_TYPES}}]->()
WHERE r.articleId = $articleId
DELETE r
