// After an offline import, what the online loader sets that the importer cannot: an actor's aliases and
// distinctFrom even when empty (the importer writes no empty list), and a machine relation's Browser caption
// mark, computed as cypher/loader/create-relations.cypher computes it.
CALL () {
  MATCH (x:Actor)
  WHERE x.aliases IS NULL OR x.distinctFrom IS NULL
  SET x.aliases = coalesce(x.aliases, []),
      x.distinctFrom = coalesce(x.distinctFrom, [])
}
CALL () {
  MATCH ()-[r]->()
  WHERE r.coder = 'machine'
  SET r.machineMark = 'machine ' + toString(round(r.confidence, 2)) + ' · '
}
