// The events of the touched pairs (their `pair` keys), before they are written again from their relations.
MATCH (e:Event)
WHERE e.pair IN $pairs
DELETE e
