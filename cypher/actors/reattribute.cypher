// Relations attributed to the merged-away actor are now attributed to the kept one.
MATCH (:Actor)-[r]->(:Actor)
WHERE r.attributedTo = $drop
SET r.attributedTo = $keep
RETURN count(r) AS reattributed
