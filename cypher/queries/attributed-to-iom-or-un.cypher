// Claims attributed to the IOM or the UN
// Relations that an article reports on the authority of the International Organization for Migration or a United Nations body (the relation's attributedTo), drawn together with that organisation.
MATCH (source:Organization)
WHERE source.id = "iom" OR source.sector = "UNO"
MATCH claim = (:Actor)-[r]->(:Actor)
WHERE r.attributedTo = source.id
RETURN claim, source
