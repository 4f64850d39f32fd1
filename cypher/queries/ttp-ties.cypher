// The TTP's ties
// Relations of the TTP (Tehreek-e-Taliban Pakistan), and relations between other actors whose evidence names the TTP (the TTP straining ties between Islamabad and Kabul).
MATCH (ttp:Actor {id: "ttp"})
MATCH tie = (a:Actor)-[r]->(b:Actor)
WHERE ttp IN [a, b] OR r.evidence CONTAINS "TTP"
RETURN tie
