// Which of these articles are already in the graph (they are replaced one by one through load-article).
MATCH (a:Article)
WHERE a.id IN $ids
RETURN collect(a.id) AS ids
