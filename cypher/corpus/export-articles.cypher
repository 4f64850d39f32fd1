// One page of articles for the exports, after the last id of the page before (in order from the id index).
MATCH (a:Article)
WHERE a.id > $after
RETURN a {.id, .title, .dateline, .text, .source, .url, date: toString(a.date)} AS article
ORDER BY a.id
LIMIT $limit
