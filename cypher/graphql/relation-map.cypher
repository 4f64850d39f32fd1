// A relation as the GraphQL API returns it (type Relation in schema.graphql), built from the relationship `r`:
// its properties and type, both actors, the attributing actor and the article. Every field that returns relations
// includes this one expression (`{{INCLUDE: graphql/relation-map}}`), so a relation reads the same through each.
r {.*, type: type(r),
  source: properties(startNode(r)), target: properties(endNode(r)),
  attributedTo: head(COLLECT { MATCH (attributor:Actor {id: r.attributedTo}) RETURN properties(attributor) }),
  evidence: {quote: r.evidence, start: r.start, end: r.end, source: r.evidenceSource,
    article: head(COLLECT { MATCH (reporting:Article {id: r.articleId})
      RETURN reporting {.id, .title, .date, .dateline, .source, .url} })}}
