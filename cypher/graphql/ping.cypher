// The readiness probe: answers while the database does.
RETURN 1 AS ok
