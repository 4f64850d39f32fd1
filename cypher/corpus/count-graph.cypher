// What a database holds, in the units an import reports. Every relationship but MENTIONS and the pair summaries
// (INTERACTS) is a relation; the counts come from Neo4j's count store, so this is instant at any size.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH ()-[i:INTERACTS]->() RETURN count(i) AS summaries }
RETURN articles, relationships - mentions - summaries AS relations
