// Who accuses whom, and who denies it
// Accusations and criticism between actors (ACCUSES, CRITICIZES), each with the denial the accused addressed to the accuser (DENIES), if there is one. Click a relation to read its evidence, status and attributedTo.
MATCH accusation = (accuser:Actor)-[:ACCUSES|CRITICIZES]->(accused:Actor)
OPTIONAL MATCH denial = (accused)-[:DENIES]->(accuser)
RETURN accusation, denial
