import { indent, relationMap, where } from "./relation-parts.ts";
import { rolledUpActors } from "./roll-up.ts";

/**
 * The statements of the event fields (`events`, `storyline`): events across articles, stored as `Event` nodes by
 * the loader (src/loader/regroup-events.ts), which also marks each report with its event's id.
 */

const END_OF_TIME = "date('+999999999-12-31')";

/**
 * Event `e` as the API returns it (type Event in schema.graphql): its fields, actors, reports and contradictions.
 * Every relation it names joins its two actors (a contradiction's denial too), so they are read in one expansion
 * between the two, which Neo4j starts from the actor with fewer relationships, instead of one lookup per type.
 */
function eventMap(e: string): string {
  const named = (id: string) =>
    `head([r IN related WHERE r.id = ${id} | ${indent(relationMap("r"), 4).trimStart()}])`;
  return `CALL (${e}) {
  MATCH (:Actor {id: ${e}.source})-[r:!INTERACTS]-(:Actor {id: ${e}.target})
  WHERE r.eventId = ${e}.id OR r.id IN ${e}.contradictionSecondIds
  RETURN collect(r) AS related
}
RETURN {id: ${e}.id, kind: ${e}.kind, type: ${e}.type, types: ${e}.types,
  source: head(COLLECT { MATCH (x:Actor {id: ${e}.source}) RETURN properties(x) }),
  target: head(COLLECT { MATCH (x:Actor {id: ${e}.target}) RETURN properties(x) }),
  date: ${e}.date, datedBy: ${e}.datedBy, firstDate: ${e}.firstDate, lastDate: ${e}.lastDate,
  firstReported: ${e}.firstReported, lastReported: ${e}.lastReported,
  articleCount: ${e}.articleCount, sourceCount: ${e}.sourceCount, sources: ${e}.sources,
  planIds: ${e}.planIds, outcomeIds: ${e}.outcomeIds,
  reports: [id IN ${e}.reportIds[0..100] | ${named("id")}],
  contradictions: [i IN range(0, size(${e}.contradictionKinds) - 1)[0..100] | {kind: ${e}.contradictionKinds[i],
    first: ${named(`${e}.contradictionFirstIds[i]`)},
    second: ${named(`${e}.contradictionSecondIds[i]`)}}]
} AS event`;
}

/** Event `e`'s time for a date range: from its date to its last date (open: forever), or its article's day. */
const eventRange = [
  `($from IS NULL OR CASE e.datedBy WHEN 'ARTICLE' THEN e.date ELSE coalesce(e.lastDate, ${END_OF_TIME}) END >= $from)`,
  "($to IS NULL OR e.date <= $to)",
];

// With an actor (or two), its events are read through the source and target indexes; without, every event.
const events = `CALL () {
  WITH $actor AS actor, $other AS other WHERE actor IS NULL AND other IS NULL
  MATCH (e:Event)
  RETURN e
  UNION
  WITH coalesce($actor, $other) AS one WHERE one IS NOT NULL
  MATCH (e:Event {source: one})
  RETURN e
  UNION
  WITH coalesce($actor, $other) AS one WHERE one IS NOT NULL
  MATCH (e:Event {target: one})
  RETURN e
}
WITH e
${where([
  "($actor IS NULL OR $other IS NULL OR ($actor IN [e.source, e.target] AND $other IN [e.source, e.target]))",
  "($types IS NULL OR any(t IN e.types WHERE t IN $types))",
  ...eventRange,
  "e.articleCount >= $minArticles",
  "($contradicted IS NULL OR (e.contradictionCount > 0) = $contradicted)",
])}
WITH e ORDER BY e.date, e.id
SKIP $offset LIMIT $limit
${eventMap("e")}`;

/** An actor's side of a storyline: the actor, and with `$includeOfficials` its office holders and sub-bodies. */
function side(actor: string): string {
  return `CASE WHEN $includeOfficials THEN [x IN ${rolledUpActors(actor).replaceAll("\n", "\n  ")} | x.id] ELSE [${actor}.id] END`;
}

const storyline = `MATCH (actor:Actor {id: $actor}), (other:Actor {id: $other})
WITH ${side("actor")} AS one, ${side("other")} AS two
CALL (one, two) {
  UNWIND one AS x
  MATCH (e:Event {source: x}) WHERE e.target IN two
  RETURN e
  UNION
  UNWIND two AS x
  MATCH (e:Event {source: x}) WHERE e.target IN one
  RETURN e
}
WITH e ORDER BY e.date, e.id
SKIP $offset LIMIT $limit
${eventMap("e")}`;

export const EVENT_STATEMENTS: Readonly<Record<string, string>> = {
  "Query.events": events,
  "Query.storyline": storyline,
};
