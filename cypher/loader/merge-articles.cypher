// Bulk form of merge-article.cypher: many articles in one statement (src/loader/load-articles.ts).
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title,
    a.date = date(article.date),
    a.dateline = article.dateline,
    a.text = article.text,
    a.source = article.source,
    a.url = article.url
