// The graph's schema: constraints and indexes, applied at every start (each IF NOT EXISTS, so idempotent).
// Community edition enforces uniqueness; the rest of the model (one kind label per actor, evidence offsets,
// the relation vocabulary) is enforced by the validator before anything is written (src/validation/).

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);

// Name and alias search that tolerates spelling ("Ishak~", "Sadik~"); the GraphQL API's actor search uses it.
CREATE FULLTEXT INDEX actorNames IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];

// Events across articles (src/model/group-events.ts): the loader regroups by `pair`; the API reads by actor and
// orders by `date`.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE INDEX event_pair IF NOT EXISTS FOR (e:Event) ON (e.pair);
CREATE INDEX event_source IF NOT EXISTS FOR (e:Event) ON (e.source);
CREATE INDEX event_target IF NOT EXISTS FOR (e:Event) ON (e.target);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
