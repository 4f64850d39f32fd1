// Applied once per relation type of the vocabulary (src/model/vocabulary.ts): `{{TYPE}}` is replaced
// by the type and `{{type}}` by its lower-case form, from that allow-list only, never from input.

CREATE CONSTRAINT rel_{{type}}_id IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX rel_{{type}}_article IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.articleId);
CREATE INDEX rel_{{type}}_date IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.dateFrom);
CREATE INDEX rel_{{type}}_status IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.status);
