// The events (facts) one node takes part in, oldest first, with every participant.
// Returns one row: total (events in the window), facts (list of {event, participants}, at
// most $limit; participants is a list of {role: relationship type, node}).
// Params: $id — elementId of the entity; $from, $to — ISO dates or null (inclusive window on
// event.date); $limit — most events returned.
MATCH (n) WHERE elementId(n) = $id
OPTIONAL MATCH (n)<--(e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
WITH DISTINCT n, e
ORDER BY e.date, e.id
WITH n, collect(e) AS events
RETURN size(events) AS total,
       [e IN events[0..toInteger($limit)] |
         {event: e, participants: [(e)-[r]->(m) | {role: type(r), node: m}]}] AS facts
