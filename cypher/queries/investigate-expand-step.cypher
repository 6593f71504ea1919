// One step of neighbourhood expansion, in one round trip: the events of the frontier nodes
// (with every participant) and their register relations (DIRECTOR, FOUNDER, LIVES_AT,
// LEGAL_ADDRESS, HAS_PHONE, HOLDS). Bounded while traversing: each frontier node contributes
// at most $perNode events (newest first) and $perNode relations, and a hub — a node with more
// event records than $perNode, such as a national carrier — is not walked at all unless
// $walkHubs (the seeds of an expansion): its record count is read from the degree store
// (no walk) and returned so a view can say "+N more".
// Nodes come as {elementId, labels, properties} maps, trimmed to what a graph view shows: an
// event's id, date and provenance (a view's edges cite records, they do not show them), an
// entity without its search and match keys — less to send, decode and collect.
// Returns one row:
//   facts — list of {event, participants: list of {role: relationship type, id: elementId}};
//   links — list of {type, start: elementId, end: elementId, props: relationship properties};
//   nodes — every participant and relation end, once each;
//   frontier — list of {id: elementId, records: event records + relations, hub: not walked,
//              truncated: had more events or relations than $perNode}.
// Params: $ids — elementIds of the frontier; $eventLabels — event labels to keep, or null for
// all; $from, $to — ISO dates or null (inclusive window on event.date); $perNode; $walkHubs;
// $nodeLabels — labels of the entities the view can hold (its kinds and its seeds' kinds):
// participants and relation ends of other kinds (an event's document, by default) are left
// out, they could never be shown.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
WITH n,
     COUNT { (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-() } AS eventRecords,
     COUNT { (n)-[:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-() } AS relations
WITH n, eventRecords, relations, eventRecords > toInteger($perNode) AND NOT $walkHubs AS hub
CALL (n, hub) {
  WITH n WHERE NOT hub
  MATCH (n)<-[:FOREIGNER|DOCUMENT|INVITER|HOST|CARRIER|EMPLOYER|PETITIONER|OFFENDER|AT|VEHICLE|DRIVER]-(e:Event)
  WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  ORDER BY e.date DESC
  LIMIT toInteger($perNode) + 1
  RETURN collect(e) AS events
}
CALL (n) {
  MATCH (n)-[r:DIRECTOR|FOUNDER|LIVES_AT|LEGAL_ADDRESS|HAS_PHONE|HOLDS]-(other)
  WHERE any(l IN labels(other) WHERE l IN $nodeLabels)
  WITH r
  LIMIT toInteger($perNode) + 1
  RETURN collect(r) AS rels
}
WITH collect({
       id: elementId(n),
       records: eventRecords + relations,
       hub: hub,
       truncated: hub OR size(events) > toInteger($perNode) OR size(rels) > toInteger($perNode),
       events: events[0..toInteger($perNode)],
       rels: rels[0..toInteger($perNode)]
     }) AS walked
CALL (walked) {
  UNWIND walked AS w
  UNWIND w.events AS e
  WITH DISTINCT e
  RETURN collect({
           event: {elementId: elementId(e), labels: labels(e),
                   properties: e {.id, .date, .srcFile, .srcLine, .loadId}},
           participants: [(e)-[r]->(m) WHERE any(l IN labels(m) WHERE l IN $nodeLabels) |
                          {role: type(r), id: elementId(m)}]
         }) AS facts
}
CALL (walked) {
  UNWIND walked AS w
  UNWIND w.rels AS r
  WITH DISTINCT r
  RETURN collect({type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r)), props: properties(r)}) AS links
}
CALL (walked) {
  UNWIND walked AS w
  CALL (w) {
    UNWIND w.events AS e
    MATCH (e)-->(m)
    WHERE any(l IN labels(m) WHERE l IN $nodeLabels)
    RETURN m
    UNION
    UNWIND w.rels AS r
    UNWIND [startNode(r), endNode(r)] AS m
    RETURN m
  }
  WITH DISTINCT m
  RETURN collect({elementId: elementId(m), labels: labels(m),
                  properties: m {.*, searchText: null, nameKey: null, names: null}}) AS nodes
}
RETURN facts, links, nodes,
       [w IN walked | {id: w.id, records: w.records, hub: w.hub, truncated: w.truncated}] AS frontier
