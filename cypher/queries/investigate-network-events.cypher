// The events that involve at least one member of a network, oldest first: the network's
// timeline. Returns one row when the network exists (none otherwise): total (events in the
// window), facts (list of {event, participants}, at most $limit; participants is a list of
// {role: relationship type, node}).
// Params: $networkId — Network.id; $from, $to — ISO dates or null (inclusive window on
// event.date); $limit — most events returned.
MATCH (w:Network {id: $networkId})
OPTIONAL MATCH (w)-[:HAS_MEMBER]->()<--(e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
WITH DISTINCT w, e
ORDER BY e.date, e.id
WITH w, collect(e) AS events
RETURN size(events) AS total,
       [e IN events[0..toInteger($limit)] |
         {event: e, participants: [(e)-[r]->(m) | {role: type(r), node: m}]}] AS facts
