MATCH (a:Article)
RETURN a {.id, .title, .dateline, .text, .source, .url, date: toString(a.date)} AS article
ORDER BY a.id
