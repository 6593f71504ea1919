// One step of neighbourhood expansion: the events of the frontier nodes, with every
// participant. Each frontier node contributes at most $perNode events, newest first.
// Returns rows: event (node), participants (list of {role: relationship type, node}),
// truncated (true on every row when some frontier node had more events than $perNode).
// Params: $ids — elementIds of the frontier; $eventLabels — list of event labels to keep, or
// null for all; $from, $to — ISO dates or null (inclusive window on event.date); $perNode.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
CALL (n) {
  MATCH (n)<--(e:Event)
  WHERE ($eventLabels IS NULL OR any(l IN labels(e) WHERE l IN $eventLabels))
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  ORDER BY e.date DESC
  LIMIT toInteger($perNode) + 1
  RETURN collect(e) AS events
}
WITH collect(events[0..toInteger($perNode)]) AS lists,
     any(cut IN collect(size(events) > toInteger($perNode)) WHERE cut) AS truncated
UNWIND lists AS kept
UNWIND kept AS e
WITH DISTINCT e, truncated
RETURN e AS event, [(e)-[r]->(m) | {role: type(r), node: m}] AS participants, truncated
