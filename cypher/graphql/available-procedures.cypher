// Which of the procedures the API's statements call are installed (start-up check).
SHOW PROCEDURES YIELD name
WHERE name IN $names
RETURN collect(name) AS found
