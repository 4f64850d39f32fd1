// The relationship type comes from the row but was checked against the vocabulary by the validator.
// `machineMark` is not a row field: Neo4j Browser 5.24 styles a relationship by its type alone and cannot draw it
// dashed, so its style captions each type '{machineMark}<caption>' (src/browser/grass-style.ts), and this
// property, set only on machine-coded relations, puts "machine 0.72 · " before the caption.
UNWIND $relations AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r.id = row.id,
    r.articleId = row.articleId,
    r.category = row.category,
    r.evidence = row.evidence,
    r.start = toInteger(row.start),
    r.end = toInteger(row.end),
    r.evidenceSource = row.evidenceSource,
    r.date = row.date,
    r.dateFrom = CASE WHEN row.dateFrom IS NULL THEN null ELSE date(row.dateFrom) END,
    r.dateTo = CASE WHEN row.dateTo IS NULL THEN null ELSE date(row.dateTo) END,
    r.dateText = row.dateText,
    r.attributedTo = row.attributedTo,
    r.status = row.status,
    r.quantity = CASE WHEN row.quantity IS NULL THEN null ELSE toInteger(row.quantity) END,
    r.quantityText = row.quantityText,
    r.role = row.role,
    r.cameo = row.cameo,
    r.cameoRoot = row.cameoRoot,
    r.plover = row.plover,
    r.ploverMode = row.ploverMode,
    r.note = row.note,
    r.coder = row.coder,
    r.confidence = row.confidence,
    r.machineMark = CASE row.coder WHEN 'machine' THEN 'machine ' + toString(round(row.confidence, 2)) + ' · ' END
