MATCH (a:Article {id: $articleId})
UNWIND $mentions AS m
MATCH (x:Actor {id: m.actorId})
CREATE (a)-[:MENTIONS {count: toInteger(m.count), offsets: [o IN m.offsets | toInteger(o)], forms: m.forms}]->(x)
