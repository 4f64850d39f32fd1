// The article graph
// The newest article with every actor it mentions (grey MENTIONS lines) and every relation annotated from it. With only the seed article loaded, these are all the relations. Drawn as copies (APOC virtual nodes and relationships, with the same labels and properties), because Browser's "Connect result nodes" would add the pair summaries (INTERACTS) and the relations other articles state between the same actors. Click a relation to read its evidence; to expand an actor, run the neighbourhood query below with its id.
MATCH (article:Article)
WITH article
ORDER BY article.date DESC, article.id
LIMIT 1
CALL (article) {
  MATCH (article)-[mention:MENTIONS]->(:Actor)
  RETURN mention AS shown
  UNION
  MATCH (:Actor)-[r:!INTERACTS]->(:Actor)
  WHERE r.articleId = article.id
  RETURN r AS shown
}
WITH collect(shown) AS shown
UNWIND shown AS r
UNWIND [startNode(r), endNode(r)] AS end
WITH shown, collect(DISTINCT end) AS ends
WITH shown, apoc.map.fromPairs([n IN ends | [elementId(n), apoc.create.vNode(labels(n), properties(n))]]) AS copy
UNWIND shown AS r
WITH copy, r, copy[elementId(startNode(r))] AS source, copy[elementId(endNode(r))] AS target
RETURN source, apoc.create.vRelationship(source, type(r), properties(r), target) AS relation, target
