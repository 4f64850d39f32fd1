// Writes events grouped by src/model/group-events.ts and marks each report with its event's id. Contradictions
// are parallel lists (a property cannot hold maps): their kinds, and the relation ids of their two sides.
UNWIND $events AS ev
CREATE (e:Event)
SET e.id = ev.id,
    e.kind = ev.kind,
    e.type = ev.type,
    e.types = ev.types,
    e.source = ev.source,
    e.target = ev.target,
    e.pair = ev.pair,
    e.reportIds = ev.reportIds,
    e.firstDate = CASE WHEN ev.firstDate IS NULL THEN null ELSE date(ev.firstDate) END,
    e.lastDate = CASE WHEN ev.lastDate IS NULL THEN null ELSE date(ev.lastDate) END,
    e.firstReported = date(ev.firstReported),
    e.lastReported = date(ev.lastReported),
    e.date = date(ev.date),
    e.datedBy = ev.datedBy,
    e.articles = ev.articles,
    e.articleCount = size(ev.articles),
    e.sources = ev.sources,
    e.sourceCount = size(ev.sources),
    e.planIds = ev.planIds,
    e.outcomeIds = ev.outcomeIds,
    e.contradictionKinds = ev.contradictionKinds,
    e.contradictionFirstIds = ev.contradictionFirstIds,
    e.contradictionSecondIds = ev.contradictionSecondIds,
    e.contradictionCount = size(ev.contradictionKinds)
WITH ev
UNWIND ev.elements AS element
MATCH ()-[r]->()
WHERE elementId(r) = element
SET r.eventId = ev.id
