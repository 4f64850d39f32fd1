// Relations per type, and MENTIONS; the pair summaries (INTERACTS) are counted apart (summaries/count-summaries).
MATCH ()-[r:!INTERACTS]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
