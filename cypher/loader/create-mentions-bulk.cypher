// Bulk form of create-mentions.cypher: each row names its article (src/loader/load-articles.ts).
UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId})
MATCH (x:Actor {id: m.actorId})
CREATE (a)-[:MENTIONS {count: toInteger(m.count), offsets: [o IN m.offsets | toInteger(o)], forms: m.forms}]->(x)
