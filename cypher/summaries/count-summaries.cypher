// How many summaries and relations the graph holds, from Neo4j's count store (instant at any size): relations
// without any summary mean the summaries were never built (a database from before them).
CALL () { MATCH ()-[i:INTERACTS]->() RETURN count(i) AS summaries }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
RETURN summaries, relationships - mentions - summaries AS relations
