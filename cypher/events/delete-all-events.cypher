// Every event, in batches: a full rebuild starts from none (relations keep their eventId until regrouped).
MATCH (e:Event)
CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS
