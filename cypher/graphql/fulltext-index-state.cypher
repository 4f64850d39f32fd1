// The state of a fulltext index (ONLINE when usable), or no row when it does not exist.
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name = $name
RETURN state
