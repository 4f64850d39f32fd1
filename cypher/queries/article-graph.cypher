// The article graph
// The newest article with every actor it mentions (grey MENTIONS lines) and every relation annotated from it. With only the seed article loaded, this is the whole graph.
MATCH (article:Article)
WITH article
ORDER BY article.date DESC, article.id
LIMIT 1
CALL (article) {
  MATCH path = (article)-[:MENTIONS]->(:Actor)
  RETURN path
  UNION
  MATCH path = (:Actor)-[r:!INTERACTS]->(:Actor)
  WHERE r.articleId = article.id
  RETURN path
}
RETURN path
