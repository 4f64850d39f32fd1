// One relation type's share of the dated relations `Query.relations` (schema.graphql) pages through, expanded
// once per type of the vocabulary (`{{TYPE}}`): the type's first `$offset + $limit` dated matches in the field's
// order. The type's dateFrom index is read in order, so Neo4j stops after enough matches instead of reading and
// sorting the whole type; a `type(r) IN $types` pattern could use no index at all (Neo4j 5.26). Relationships of
// a vocabulary type join two actors by construction (src/loader/), so the ends need no label check.
WITH $types AS types WHERE types IS NULL OR '{{TYPE}}' IN types
MATCH ()-[r:{{TYPE}}]->()
WHERE r.dateFrom <= coalesce($to, date('+999999999-12-31'))
  AND ($from IS NULL OR r.dateTo >= $from OR r.dateTo IS NULL)
  AND ($plover IS NULL OR r.plover IN $plover)
  AND ($cameoRoot IS NULL OR r.cameoRoot IN $cameoRoot)
  AND ($status IS NULL OR r.status IN $status)
  AND ($attributedTo IS NULL OR r.attributedTo IN $attributedTo)
WITH r ORDER BY r.dateFrom, r.dateTo, r.id LIMIT $offset + $limit
RETURN r
