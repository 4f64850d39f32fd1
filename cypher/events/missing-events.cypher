// Whether the graph holds event relations and no Event at all: a database loaded before events existed. The
// relations are looked at only when there is no Event, and only until the first event relation.
RETURN COUNT { (:Event) } = 0 AND EXISTS { MATCH ()-[r]->() WHERE r.category = 'event' } AS missing
