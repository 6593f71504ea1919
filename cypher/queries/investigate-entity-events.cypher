// The events (facts) one node takes part in, oldest first, with every participant.
// Returns one row: total (events in the window), facts (list of {event, participants}, at
// most $limit; participants is a list of {role: relationship type, node}).
// Params: $id — elementId of the entity; $from, $to — ISO dates or null (inclusive window on
// event.date); $limit — most events returned.
// The count and the first $limit are two walks: a top-$limit heap over a hub's thousands of
// events is far cheaper than sorting and collecting all of them to keep a slice.
MATCH (n) WHERE elementId(n) = $id
CALL (n) {
  OPTIONAL MATCH (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-(e:Event)
  WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  RETURN count(DISTINCT e) AS total
}
CALL (n) {
  OPTIONAL MATCH (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-(e:Event)
  WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  ORDER BY e.date, e.id
  LIMIT toInteger($limit)
  RETURN collect(e) AS events
}
RETURN total,
       [e IN events | {event: e, participants: [(e)-[r]->(m) | {role: type(r), node: m}]}] AS facts
