// The undated relations that `Query.relations` and `Query.timeline` (schema.graphql) put after the dated ones:
// the first `$offset + $limit` by id, with the fields' filters. Included where `{{INCLUDE: graphql/undated-relations}}`
// stands, inside a `CALL` that runs it only when the dated relations do not fill the page.
MATCH (:Actor)-[r]->(:Actor)
WHERE r.dateFrom IS NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($plover IS NULL OR r.plover IN $plover)
  AND ($cameoRoot IS NULL OR r.cameoRoot IN $cameoRoot)
  AND ($status IS NULL OR r.status IN $status)
  AND ($attributedTo IS NULL OR r.attributedTo IN $attributedTo)
WITH r ORDER BY r.id LIMIT $offset + $limit
RETURN elementId(r) AS undatedId
